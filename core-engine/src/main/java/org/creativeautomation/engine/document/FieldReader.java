package org.creativeautomation.engine.document;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed values out of a {@link DocNode} tree for a validator. A value of the wrong type is
 * recorded in {@link Problems} and comes back empty, so validation goes on and every problem of a
 * document is reported at once. Every document the studio reads (briefs, brand kits) is checked
 * with these readers, so that the same mistake is worded the same way wherever it is made.
 */
public final class FieldReader {
    /** Which scalars a reader takes where text is expected. */
    public enum TextScalars {
        /**
         * Numbers and booleans too, as written: YAML 1.1 reads {@code NO} (Norway), {@code yes},
         * {@code on} and {@code 2026} as booleans or numbers, and the writer meant the text.
         */
        ANY,
        /**
         * Only scalars the parser read as strings, for documents that state values exactly (a
         * brand kit, which its JSON schema also checks): {@code name: 42} is reported as a number.
         */
        STRINGS_ONLY
    }

    private final Problems problems;
    private final TextScalars textScalars;

    /** A reader that takes any scalar as text ({@link TextScalars#ANY}). */
    public FieldReader(Problems problems) {
        this(problems, TextScalars.ANY);
    }

    public FieldReader(Problems problems, TextScalars textScalars) {
        this.problems = problems;
        this.textScalars = textScalars;
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
     * A scalar's text as written. Numbers and booleans count as text unless this reader takes
     * {@link TextScalars#STRINGS_ONLY}.
     */
    public Optional<String> string(DocNode node, FieldPath path) {
        if (node instanceof DocNode.ScalarNode scalar && !scalar.isNull()
                && (textScalars == TextScalars.ANY || scalar.kind() == DocNode.ScalarKind.STRING)) {
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

    /** An id: a string of {@link IdSyntax}. */
    public Optional<String> id(DocNode node, FieldPath path) {
        return string(node, path).filter(id -> {
            if (IdSyntax.isValid(id)) {
                return true;
            }
            report(node, path, IdSyntax.notValid(id));
            return false;
        });
    }

    /** A finite number within {@code range}. */
    public Optional<BigDecimal> number(DocNode node, FieldPath path, NumberRange range) {
        return decimal(node, path, "a number")
                .filter(value -> inRange(value, value.toPlainString(), node, path, range));
    }

    /** A whole number (one that fits an {@code int}) within {@code range}. */
    public Optional<Integer> wholeNumber(DocNode node, FieldPath path, NumberRange range) {
        Optional<BigDecimal> number = decimal(node, path, "a whole number");
        if (number.isEmpty()) {
            return Optional.empty();
        }
        int whole;
        try {
            whole = number.get().intValueExact();
        } catch (ArithmeticException e) {
            report(node, path, "expected a whole number, found " + number.get().toPlainString());
            return Optional.empty();
        }
        return inRange(number.get(), Integer.toString(whole), node, path, range)
                ? Optional.of(whole) : Optional.empty();
    }

    private Optional<BigDecimal> decimal(DocNode node, FieldPath path, String expected) {
        if (node instanceof DocNode.ScalarNode scalar && scalar.kind() == DocNode.ScalarKind.NUMBER) {
            try {
                return Optional.of(new BigDecimal(scalar.text()));
            } catch (NumberFormatException e) {
                // YAML also has .inf and .nan, which are numbers to the parser but no use as a value.
                report(node, path, scalar.text() + " is not a finite number (expected " + expected + ")");
                return Optional.empty();
            }
        }
        report(node, path, "expected " + expected + ", found " + found(node));
        return Optional.empty();
    }

    private boolean inRange(BigDecimal value, String written, DocNode node, FieldPath path, NumberRange range) {
        if (range.contains(value)) {
            return true;
        }
        report(node, path, written + " is out of range (" + range.describe() + ")");
        return false;
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
