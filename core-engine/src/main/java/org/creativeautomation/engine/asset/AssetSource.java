package org.creativeautomation.engine.asset;

import java.nio.file.Path;
import java.time.Instant;

/** A path an asset was ingested from, and when it was last seen there. */
public record AssetSource(String name, Path path, Instant seenAt) {
}
