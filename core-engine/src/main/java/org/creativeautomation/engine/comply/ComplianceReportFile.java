package org.creativeautomation.engine.comply;

import com.fasterxml.jackson.annotation.JsonInclude;
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

/** Reads and atomically writes {@code compliance.json}. */
public final class ComplianceReportFile {
    public static final String NAME = "compliance.json";
    private static final Logger LOG = LoggerFactory.getLogger(ComplianceReportFile.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private ComplianceReportFile() {
    }

    public static Optional<ComplianceReport> read(Path outDir) {
        Path file = outDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ComplianceReport.class));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable {}: every creative will be checked again ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    public static Path write(Path outDir, ComplianceReport report) {
        Path file = outDir.resolve(NAME);
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
