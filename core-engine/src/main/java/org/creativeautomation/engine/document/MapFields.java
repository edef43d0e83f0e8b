package org.creativeautomation.engine.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The fields of one map in a document, as a validator reads them; made by {@link FieldReader#fields}. */
public final class MapFields {
    private final DocNode.MapNode map;
    private final FieldPath path;
    private final List<String> knownFields;
    private final FieldReader reader;

    MapFields(DocNode.MapNode map, FieldPath path, Collection<String> knownFields, FieldReader reader) {
        this.map = map;
        this.path = path;
        this.knownFields = List.copyOf(knownFields);
        this.reader = reader;
    }

    public Location location() {
        return map.location();
    }

    /** The path of this map itself. */
    public FieldPath path() {
        return path;
    }

    /** The path of one of this map's fields. */
    public FieldPath path(String key) {
        return path.field(key);
    }

    /**
     * The field's value; an empty value ({@code cta:} with nothing after it) counts as absent, since
     * that is how people leave an optional field blank in YAML.
     */
    public Optional<DocNode> optional(String key) {
        DocNode value = map.get(key);
        return value == null || isEmpty(value) ? Optional.empty() : Optional.of(value);
    }

    /**
     * The field's value, or empty after reporting that it is missing (at this map, since the field
     * has no place of its own) or empty (at its key); {@code expected} says what belongs there.
     */
    public Optional<DocNode> required(String key, String expected) {
        DocNode.Entry entry = map.entries().get(key);
        if (entry == null) {
            reader.report(map.location(), path(key), "required field is missing (" + expected + ")");
            return Optional.empty();
        }
        if (isEmpty(entry.value())) {
            reader.report(entry.keyLocation(), path(key), "required field is empty (" + expected + ")");
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Null, or the empty string the YAML parser reads for a key with nothing after it. */
    private static boolean isEmpty(DocNode value) {
        return value instanceof DocNode.ScalarNode scalar
                && (scalar.isNull() || scalar.kind() == DocNode.ScalarKind.STRING && scalar.text().isEmpty());
    }

    void reportUnknownFields() {
        for (DocNode.Entry entry : map.entries().values()) {
            if (!knownFields.contains(entry.key())) {
                String hint = NearestName.among(entry.key(), knownFields)
                        .map(name -> "did you mean \"" + name + "\"?")
                        .orElseGet(() -> "known fields: " + String.join(", ", knownFields));
                reader.report(entry.keyLocation(), path(entry.key()), "unknown field (" + hint + ")");
            }
        }
    }
}
