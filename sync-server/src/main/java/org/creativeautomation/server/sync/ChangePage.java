package org.creativeautomation.server.sync;

import java.util.List;

/** A slice of the change feed; pull again with {@code since = cursor} while {@code hasMore}. */
public record ChangePage(List<Change> changes, long cursor, boolean hasMore) {
}
