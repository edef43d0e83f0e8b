package org.creativeautomation.engine.comply;

import org.creativeautomation.engine.store.JsonFile;

import java.nio.file.Path;
import java.util.Optional;

/** Reads and atomically writes {@code compliance.json}. */
public final class ComplianceReportFile {
    public static final String NAME = "compliance.json";
    private static final JsonFile<ComplianceReport> FILE = new JsonFile<>(NAME, ComplianceReport.class,
            "every creative will be checked again");

    private ComplianceReportFile() {
    }

    public static Optional<ComplianceReport> read(Path outDir) {
        return FILE.read(outDir);
    }

    public static Path write(Path outDir, ComplianceReport report) {
        return FILE.write(outDir, report);
    }
}
