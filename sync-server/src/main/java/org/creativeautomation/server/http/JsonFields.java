package org.creativeautomation.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed reads of one JSON object's fields, each failure an {@link InvalidInputException} naming the
 * field by its full path (e.g. {@code mutations[2].entityId}).
 */
public final class JsonFields {
    /** Ids chosen by clients: short, printable, never a path. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}");

    private final JsonNode node;
    private final String path;

    public JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private Optional<JsonNode> value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private JsonNode required(String name, String what) {
        return value(name).orElseThrow(() -> new InvalidInputException(field(name),
                field(name) + " is required: " + what));
    }

    public boolean has(String name) {
        return value(name).isPresent();
    }

    public String text(String name, int maxLength) {
        JsonNode value = required(name, "a string");
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(field(name), field(name) + " must be a non-empty string");
        }
        if (value.asText().length() > maxLength) {
            throw new InvalidInputException(field(name), field(name) + " is longer than " + maxLength + " characters");
        }
        return value.asText();
    }

    public Optional<String> optionalText(String name, int maxLength) {
        return has(name) ? Optional.of(text(name, maxLength)) : Optional.empty();
    }

    public String id(String name) {
        String value = text(name, 200);
        if (!ID.matcher(value).matches()) {
            throw new InvalidInputException(field(name), field(name)
                    + " may hold only letters, digits and . _ : @ - (starting with a letter or digit), at most 200");
        }
        return value;
    }

    public String oneOf(String name, String... allowed) {
        String value = text(name, 100);
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new InvalidInputException(field(name), field(name) + " must be one of " + String.join(", ", allowed)
                + ", not '" + value + "'");
    }

    public long nonNegativeLong(String name) {
        JsonNode value = required(name, "a whole number");
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidInputException(field(name), field(name) + " must be a whole number");
        }
        if (value.asLong() < 0) {
            throw new InvalidInputException(field(name), field(name) + " must not be negative");
        }
        return value.asLong();
    }

    public ObjectNode object(String name) {
        JsonNode value = required(name, "a JSON object");
        if (!value.isObject()) {
            throw new InvalidInputException(field(name), field(name) + " must be a JSON object");
        }
        return (ObjectNode) value;
    }

    public JsonNode array(String name) {
        JsonNode value = required(name, "an array");
        if (!value.isArray()) {
            throw new InvalidInputException(field(name), field(name) + " must be an array");
        }
        return value;
    }
}
