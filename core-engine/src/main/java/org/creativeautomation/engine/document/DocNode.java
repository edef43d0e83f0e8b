package org.creativeautomation.engine.document;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it stood in its file, so that validation can
 * name the exact line and column of every problem.
 */
public sealed interface DocNode permits DocNode.MapNode, DocNode.ListNode, DocNode.ScalarNode {

    Location location();

    /** What kind of value this is, as a person would say it ("a map", "a list", "a string"). */
    String describe();

    /** A mapping; entries keep their document order. */
    record MapNode(Location location, Map<String, Entry> entries) implements DocNode {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        public DocNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    /** One key of a mapping with the location of the key itself. */
    record Entry(String key, Location keyLocation, DocNode value) {
    }

    record ListNode(Location location, List<DocNode> items) implements DocNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A string, number, boolean or null; {@code text} is the scalar as written (null for null). */
    record ScalarNode(Location location, ScalarKind kind, String text) implements DocNode {
        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "empty";
            };
        }
    }

    enum ScalarKind { STRING, NUMBER, BOOLEAN, NULL }
}
