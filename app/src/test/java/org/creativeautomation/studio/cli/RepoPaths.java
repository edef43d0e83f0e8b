package org.creativeautomation.studio.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's examples and kits from a test's working directory. */
final class RepoPaths {
    private RepoPaths() {
    }

    static Path root() {
        String configured = System.getProperty("studio.repo.dir");
        if (configured != null && Files.isDirectory(Path.of(configured, "examples"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.isDirectory(p.resolve("brand-kits"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath());
    }
}
