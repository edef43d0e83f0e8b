package org.creativeautomation.engine.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed values out of a {@link DocNode} tree for a validator. A value of the wrong type is
 * recorded in {@link Problems} and comes back empty, so validation goes on and every problem of a
 * document is reported at once.
 */
public final class FieldReader {
    private final Problems problems;

    public FieldReader(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    public void report(DocNode at, FieldPath path, String message) {
        report(at.location(), path, message);
    }

    public void report(Location at, FieldPath path, String message) {
        problems.add(at, path.text(), message);
    }

    /**
     * A scalar's text as written. Numbers and booleans are accepted too: YAML 1.1 reads {@code NO}
     * (Norway), {@code yes}, {@code on} and {@code 2026} as booleans or numbers, and the writer of
     * a brief or kit meant the text.
     */
    public Optional<String> string(DocNode node, FieldPath path) {
        if (node instanceof DocNode.ScalarNode scalar && !scalar.isNull()) {
            return Optional.of(scalar.text());
        }
        report(node, path, "expected a string, found " + found(node));
        return Optional.empty();
    }

    /** A string that is not blank; {@code expected} says what text belongs there. */
    public Optional<String> text(DocNode node, FieldPath path, String expected) {
        Optional<String> text = string(node, path);
        if (text.isPresent() && text.get().isBlank()) {
            report(node, path, "text is blank (" + expected + ")");
            return Optional.empty();
        }
        return text;
    }

    public Optional<List<DocNode>> list(DocNode node, FieldPath path) {
        if (node instanceof DocNode.ListNode list) {
            return Optional.of(list.items());
        }
        report(node, path, "expected a list, found " + found(node));
        return Optional.empty();
    }

    /** A map whose keys are data (locale tags, names), not a fixed set of fields. */
    public Optional<DocNode.MapNode> map(DocNode node, FieldPath path) {
        if (node instanceof DocNode.MapNode map) {
            return Optional.of(map);
        }
        report(node, path, "expected a map, found " + found(node));
        return Optional.empty();
    }

    /**
     * A map with a fixed set of fields. Every key outside {@code knownFields} is reported right
     * away as an unknown field, with the nearest known name when one is close.
     */
    public Optional<MapFields> fields(DocNode node, FieldPath path, Collection<String> knownFields) {
        return map(node, path).map(map -> {
            MapFields fields = new MapFields(map, path, knownFields, this);
            fields.reportUnknownFields();
            return fields;
        });
    }

    /** How a found value is named in "expected ..., found ..." messages. */
    static String found(DocNode node) {
        return node instanceof DocNode.ScalarNode scalar && scalar.isNull() ? "an empty value" : node.describe();
    }
}
