package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.NearestName;
import org.creativeautomation.engine.document.Problems;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one map in {@code brand.yaml}, read with their types checked. Every mismatch is
 * added to the shared {@link Problems} and the read returns empty, so the loader can go on and
 * report all problems of a kit at once instead of stopping at the first.
 */
final class KitFields {
    private final DocNode.MapNode map;
    private final String path;
    private final Location anchor;
    private final Problems problems;

    private KitFields(DocNode.MapNode map, String path, Location anchor, Problems problems) {
        this.map = map;
        this.path = path;
        this.anchor = anchor;
        this.problems = problems;
    }

    /** The document's top-level map; missing top-level fields are reported at the start of the file. */
    static Optional<KitFields> root(DocNode root, Location startOfFile, Problems problems) {
        if (root instanceof DocNode.MapNode map) {
            return Optional.of(new KitFields(map, "", startOfFile, problems));
        }
        problems.add(root.location(), null, "expected a map of fields, found " + root.describe());
        return Optional.empty();
    }

    /**
     * Reports fields that are not among {@code names} (suggesting the nearest one) and each of
     * {@code names} that is absent. Every field of a kit is required: a kit states its rules
     * explicitly, an empty list or map included.
     */
    KitFields expectExactly(List<String> names) {
        for (DocNode.Entry entry : map.entries().values()) {
            if (!names.contains(entry.key())) {
                String hint = NearestName.among(entry.key(), names)
                        .map(n -> "did you mean \"" + n + "\"?")
                        .orElse("expected one of: " + String.join(", ", names));
                problems.add(entry.keyLocation(), pathOf(entry.key()), "unknown field (" + hint + ")");
            }
        }
        for (String name : names) {
            if (!map.has(name)) {
                problems.add(anchor, pathOf(name), "missing required field");
            }
        }
        return this;
    }

    Optional<KitFields> map(String key) {
        DocNode node = map.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof DocNode.MapNode child) {
            return Optional.of(new KitFields(child, pathOf(key), keyAt(key), problems));
        }
        wrongType(node, pathOf(key), "a map");
        return Optional.empty();
    }

    Optional<DocNode.ListNode> list(String key) {
        DocNode node = map.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof DocNode.ListNode list) {
            return Optional.of(list);
        }
        wrongType(node, pathOf(key), "a list");
        return Optional.empty();
    }

    /** A non-blank string. */
    Optional<String> string(String key) {
        DocNode node = map.get(key);
        return node == null ? Optional.empty() : string(node, pathOf(key));
    }

    /** A non-blank string found at {@code fieldPath}, such as a list item or a free-form map value. */
    Optional<String> string(DocNode node, String fieldPath) {
        if (node instanceof DocNode.ScalarNode scalar && scalar.kind() == DocNode.ScalarKind.STRING) {
            if (scalar.text().isBlank()) {
                problems.add(node.location(), fieldPath, "must not be blank");
                return Optional.empty();
            }
            return Optional.of(scalar.text());
        }
        wrongType(node, fieldPath, "a string");
        return Optional.empty();
    }

    Optional<BigDecimal> number(String key) {
        return number(key, "a number");
    }

    private Optional<BigDecimal> number(String key, String expected) {
        DocNode node = map.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof DocNode.ScalarNode scalar && scalar.kind() == DocNode.ScalarKind.NUMBER) {
            try {
                return Optional.of(new BigDecimal(scalar.text()));
            } catch (NumberFormatException e) {
                // YAML also has .inf and .nan, which are numbers to the parser but no use as a size.
                problems.add(node.location(), pathOf(key), scalar.text() + " is not a finite number");
                return Optional.empty();
            }
        }
        wrongType(node, pathOf(key), expected);
        return Optional.empty();
    }

    Optional<Integer> integer(String key) {
        Optional<BigDecimal> number = number(key, "a whole number");
        if (number.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.get().intValueExact());
        } catch (ArithmeticException e) {
            problems.add(valueAt(key), pathOf(key), "expected a whole number, found " + number.get().toPlainString());
            return Optional.empty();
        }
    }

    /** Whether {@code key} is present with nothing after it ({@code key:}, {@code key: ~} or {@code key: ""}). */
    boolean hasNoValue(String key) {
        return map.get(key) instanceof DocNode.ScalarNode scalar
                && (scalar.isNull() || scalar.kind() == DocNode.ScalarKind.STRING && scalar.text().isBlank());
    }

    /** The entries of this map in document order, for maps whose keys are data (such as regions). */
    List<DocNode.Entry> entries() {
        return List.copyOf(map.entries().values());
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Location valueAt(String key) {
        DocNode node = map.get(key);
        return node == null ? anchor : node.location();
    }

    Location keyAt(String key) {
        DocNode.Entry entry = map.entries().get(key);
        return entry == null ? anchor : entry.keyLocation();
    }

    /** Reports a problem with the value of {@code key}. */
    void problem(String key, String message) {
        problems.add(valueAt(key), pathOf(key), message);
    }

    Problems problems() {
        return problems;
    }

    private void wrongType(DocNode node, String fieldPath, String expected) {
        if (node instanceof DocNode.ScalarNode scalar && scalar.isNull()) {
            problems.add(node.location(), fieldPath, "has no value (expected " + expected + ")");
        } else {
            problems.add(node.location(), fieldPath, "expected " + expected + ", found " + node.describe());
        }
    }
}
