package org.creativeautomation.engine.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A JSON document with a fixed name in an output folder (manifest.json, compliance.json): read
 * leniently (an unreadable file counts as absent, so the run redoes that work) and written atomically.
 */
public final class JsonFile<T> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String name;
    private final Class<T> type;
    private final String consequence;

    /** @param consequence what happens when the file cannot be read, for the warning */
    public JsonFile(String name, Class<T> type, String consequence) {
        this.name = name;
        this.type = type;
        this.consequence = consequence;
    }

    public String name() {
        return name;
    }

    public Optional<T> read(Path folder) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable {}: {} ({})", file, consequence, e.getMessage());
            return Optional.empty();
        }
    }

    public Path write(Path folder, T value) {
        Path file = folder.resolve(name);
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
