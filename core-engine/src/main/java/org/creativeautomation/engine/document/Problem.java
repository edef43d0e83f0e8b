package org.creativeautomation.engine.document;

/**
 * One thing wrong with an input document: where, which field, what is wrong and what was expected.
 * Printed as {@code file:line:column field.path: message}.
 */
public record Problem(Location location, String fieldPath, String message) {

    public String format() {
        String where = location == null ? "" : location + " ";
        String field = fieldPath == null || fieldPath.isEmpty() ? "" : fieldPath + ": ";
        return where + field + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
