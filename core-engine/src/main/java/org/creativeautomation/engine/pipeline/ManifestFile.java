package org.creativeautomation.engine.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.creativeautomation.engine.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and atomically writes {@code manifest.json}. */
public final class ManifestFile {
    public static final String NAME = "manifest.json";
    private static final Logger LOG = LoggerFactory.getLogger(ManifestFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestFile() {
    }

    /** The manifest in the folder, if there is a readable one; an unreadable one is treated as absent. */
    public static Optional<Manifest> read(Path outDir) {
        Path file = outDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable {}: every creative will be rendered again ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    public static Path write(Path outDir, Manifest manifest) {
        Path file = outDir.resolve(NAME);
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
