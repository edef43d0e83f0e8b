package org.creativeautomation.engine.document;

import java.nio.file.Path;

/** A place in a source document, 1-based, as editors show it. */
public record Location(Path file, int line, int column) {

    public static Location startOf(Path file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
