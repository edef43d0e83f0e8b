package org.creativeautomation.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the benchmarks run in: they read its shipped kits and example photos. */
final class RepositoryRoot {
    private RepositoryRoot() {
    }

    static Path find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("brand-kits")) && Files.isDirectory(p.resolve("examples"))) {
                return p;
            }
        }
        throw new IllegalStateException("run the benchmark from inside the repository");
    }
}
