package org.creativeautomation.engine.document;

/**
 * Where a value sits inside a document, written the way people refer to it in messages:
 * {@code products[1].id}, {@code message.es-US}, {@code market.locales[0]}. The root is empty.
 */
public record FieldPath(String text) {
    public static final FieldPath ROOT = new FieldPath("");

    public FieldPath {
        if (text == null) {
            throw new IllegalArgumentException("a field path's text must not be null");
        }
    }

    public FieldPath field(String key) {
        return new FieldPath(text.isEmpty() ? key : text + "." + key);
    }

    public FieldPath index(int index) {
        return new FieldPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
