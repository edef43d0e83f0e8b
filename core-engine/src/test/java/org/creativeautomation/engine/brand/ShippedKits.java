package org.creativeautomation.engine.brand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The brand kits shipped in the repository's {@code brand-kits/} folder, and copies of them for tests to break. */
final class ShippedKits {
    static final String ACME = "acme-beverages";
    static final String STRIDE = "stride-athletics";

    private ShippedKits() {
    }

    /** {@code brand-kits/} of the repository, found by walking up from the working directory (Maven runs in the module). */
    static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path kits = dir.resolve("brand-kits");
            if (Files.isDirectory(kits)) {
                return kits;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no brand-kits/ folder above " + Path.of("").toAbsolutePath());
    }

    static Path kit(String id) {
        return folder().resolve(id);
    }

    /** Ids of every kit folder shipped (every folder with a brand.yaml). */
    static List<String> ids() {
        try (Stream<Path> children = Files.list(folder())) {
            return children.filter(p -> Files.isRegularFile(p.resolve("brand.yaml")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a shipped kit into {@code parent/<name>} and returns the copy's folder. */
    static Path copy(String id, Path parent, String name) {
        Path source = kit(id);
        Path target = parent.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static Path copy(String id, Path parent) {
        return copy(id, parent, id);
    }
}
