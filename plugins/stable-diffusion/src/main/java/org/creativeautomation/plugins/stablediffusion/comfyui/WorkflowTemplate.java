package org.creativeautomation.plugins.stablediffusion.comfyui;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ComfyUI workflow in API format (node id to {@code class_type} and {@code inputs}, what the UI
 * writes with "Save (API Format)") whose string values may hold placeholders such as
 * {@code "{{prompt}}"}. A value that is exactly one placeholder takes the value's JSON type, so
 * {@code "{{width}}"} becomes the number ComfyUI's EmptyLatentImage requires; a placeholder inside
 * longer text is replaced as text. Filling works on the parsed tree, so a prompt with quotes or
 * backslashes cannot break the JSON.
 */
public final class WorkflowTemplate {
    /** The placeholders a workflow may use, each filled by the generator. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "prompt", "negative", "width", "height", "seed", "steps", "cfg", "checkpoint");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");
    private static final String BUILT_IN = "text-to-image.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode graph;
    private final String source;
    private final Set<String> used;

    private WorkflowTemplate(ObjectNode graph, String source, Set<String> used) {
        this.graph = graph;
        this.source = source;
        this.used = Set.copyOf(used);
    }

    /** The workflow shipped with the plugin: checkpoint, prompts, empty latent, KSampler, decode, save. */
    public static WorkflowTemplate builtIn() {
        try (InputStream in = WorkflowTemplate.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its workflow " + BUILT_IN);
            }
            return parse(in.readAllBytes(), "built-in " + BUILT_IN, "the built-in workflow");
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin's workflow " + BUILT_IN + " could not be read", e);
        }
    }

    /**
     * A user's workflow file.
     *
     * @param setting the setting that named the file, quoted in every complaint about it
     * @throws IllegalArgumentException when the file cannot be read or is no usable template
     */
    public static WorkflowTemplate fromFile(Path file, String setting) {
        String where = setting + " (" + file + ")";
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": the workflow file cannot be read: " + e.getMessage(), e);
        }
        return parse(bytes, file.getFileName().toString(), where);
    }

    static WorkflowTemplate parse(byte[] bytes, String source, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(where + ": not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": the workflow cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new IllegalArgumentException(where + ": expected a JSON object of nodes in ComfyUI's API format");
        }
        if (root.has("nodes") && root.has("links")) {
            throw new IllegalArgumentException(where + ": this is a UI workflow; export it from ComfyUI with"
                    + " \"Save (API Format)\" (enable the dev mode options in older versions)");
        }
        for (Map.Entry<String, JsonNode> node : root.properties()) {
            if (!node.getValue().path("class_type").isTextual() || !node.getValue().path("inputs").isObject()) {
                throw new IllegalArgumentException(where + ": node \"" + node.getKey()
                        + "\" needs a class_type and an inputs object, as in ComfyUI's API format");
            }
        }
        Set<String> used = new LinkedHashSet<>();
        collect(root, used);
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown placeholder(s) " + braces(unknown)
                    + "; known are " + braces(new TreeSet<>(PLACEHOLDERS)));
        }
        if (!used.contains("prompt")) {
            throw new IllegalArgumentException(where + ": no {{prompt}} placeholder; put \"{{prompt}}\" in the"
                    + " text input of the positive CLIPTextEncode node");
        }
        return new WorkflowTemplate((ObjectNode) root, source, used);
    }

    /** Where the workflow came from, for metadata and messages. */
    public String source() {
        return source;
    }

    public boolean uses(String placeholder) {
        return used.contains(placeholder);
    }

    /**
     * A copy of the graph with every placeholder replaced.
     *
     * @param values a value for each placeholder the workflow uses
     */
    public ObjectNode fill(Map<String, JsonNode> values) {
        for (String name : used) {
            Objects.requireNonNull(values.get(name), () -> "no value for the workflow's {{" + name + "}}");
        }
        ObjectNode copy = graph.deepCopy();
        replaceIn(copy, values);
        return copy;
    }

    private static void replaceIn(JsonNode node, Map<String, JsonNode> values) {
        if (node instanceof ObjectNode object) {
            // properties() is the node's own entry set, so setValue replaces in place.
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual()) {
                    field.setValue(filled(field.getValue().asText(), values));
                } else {
                    replaceIn(field.getValue(), values);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, filled(array.get(i).asText(), values));
                } else {
                    replaceIn(array.get(i), values);
                }
            }
        }
    }

    private static JsonNode filled(String text, Map<String, JsonNode> values) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches()) {
            return values.get(whole.group(1));
        }
        Matcher parts = PLACEHOLDER.matcher(text);
        if (!parts.find()) {
            return TextNode.valueOf(text);
        }
        StringBuilder out = new StringBuilder();
        do {
            parts.appendReplacement(out, Matcher.quoteReplacement(values.get(parts.group(1)).asText()));
        } while (parts.find());
        parts.appendTail(out);
        return TextNode.valueOf(out.toString());
    }

    private static void collect(JsonNode node, Set<String> used) {
        if (node.isTextual()) {
            Matcher placeholder = PLACEHOLDER.matcher(node.asText());
            while (placeholder.find()) {
                used.add(placeholder.group(1));
            }
        }
        for (JsonNode child : node) {
            collect(child, used);
        }
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
    }

    @Override
    public String toString() {
        return "WorkflowTemplate[" + source + ", placeholders " + used + "]";
    }
}
