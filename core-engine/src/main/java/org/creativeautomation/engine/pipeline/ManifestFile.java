package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.store.JsonFile;

import java.nio.file.Path;
import java.util.Optional;

/** Reads and atomically writes {@code manifest.json}. */
public final class ManifestFile {
    public static final String NAME = "manifest.json";
    private static final JsonFile<Manifest> FILE = new JsonFile<>(NAME, Manifest.class,
            "every creative will be rendered again");

    private ManifestFile() {
    }

    /** The manifest in the folder, if there is a readable one; an unreadable one is treated as absent. */
    public static Optional<Manifest> read(Path outDir) {
        return FILE.read(outDir);
    }

    public static Path write(Path outDir, Manifest manifest) {
        return FILE.write(outDir, manifest);
    }
}
