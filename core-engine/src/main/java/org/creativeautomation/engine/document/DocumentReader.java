package org.creativeautomation.engine.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a YAML or JSON file (chosen by extension) into a {@link DocNode} tree with locations.
 * Syntax errors become a {@link Problem} carrying the parser's line and column; duplicate keys are
 * reported too, since both YAML and JSON parsers would otherwise keep only the last one.
 */
public final class DocumentReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    /** The document format a file's extension names. */
    public enum Format { YAML, JSON }

    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Format.YAML;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        return null;
    }

    /**
     * Parses the file. Duplicate keys are added to {@code problems}; unreadable files and syntax
     * errors are thrown as an {@link InvalidDocumentException} since nothing else can be checked.
     */
    public DocNode read(Path file, Problems problems) {
        Format format = formatOf(file);
        if (format == null) {
            throw new InvalidDocumentException(List.of(new Problem(null, null,
                    file + ": unsupported file type (expected .yaml, .yml or .json)")));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidDocumentException(List.of(new Problem(null, null, file + ": file not found")));
        } catch (MalformedInputException e) {
            throw new InvalidDocumentException(List.of(new Problem(Location.startOf(file), null,
                    "file is not UTF-8 text")));
        } catch (IOException e) {
            throw new InvalidDocumentException(List.of(new Problem(null, null,
                    file + ": cannot read (" + e.getMessage() + ")")));
        }
        // Editors on Windows save a byte-order mark; it is not content.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(file, text, format, problems);
    }

    /**
     * Reads a YAML resource on the class path of {@code anchor} (an absolute resource name such as
     * {@code /org/x/rules.yaml}); locations in problems name the resource path.
     *
     * @throws InvalidDocumentException when the resource is missing or is not valid YAML
     */
    public DocNode readResource(Class<?> anchor, String resource, Problems problems) {
        String text;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidDocumentException(List.of(new Problem(null, null, resource + ": not on the class path")));
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(Path.of(resource.substring(1)), text, Format.YAML, problems);
    }

    /** Parses text that came from {@code file} (used for locations only). */
    public DocNode parse(Path file, String text, Format format, Problems problems) {
        JsonFactory factory = format == Format.YAML ? YAML : JSON;
        try (Reader reader = new StringReader(text);
             JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidDocumentException(List.of(new Problem(Location.startOf(file), null,
                        "the file is empty (expected a " + format.name() + " map of fields)")));
            }
            DocNode root = readValue(file, parser, problems);
            if (format == Format.JSON && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InvalidDocumentException(List.of(new Problem(loc(file, at), null,
                        "unexpected content after the end of the document")));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidDocumentException(List.of(syntaxProblem(file, format, e)));
        } catch (IOException e) {
            throw new InvalidDocumentException(List.of(new Problem(Location.startOf(file), null,
                    "cannot parse: " + e.getMessage())));
        }
    }

    /**
     * The parser's complaint where it found the problem. For YAML, Jackson's message starts with
     * SnakeYAML's context ("while parsing a flow sequence") and its location is that context's; the
     * problem itself ("expected ',' or ']'") and where it lies are what a person needs to fix it.
     */
    private static Problem syntaxProblem(Path file, Format format, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            Mark mark = yaml.getProblemMark();
            // SnakeYAML counts lines and columns from 0; editors from 1.
            Location where = mark == null ? locationOf(file, e)
                    : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
            String context = yaml.getContext() == null ? "" : " (" + firstLine(yaml.getContext()) + ")";
            return new Problem(where, null, "malformed " + format.name() + ": " + firstLine(yaml.getProblem()) + context);
        }
        return new Problem(locationOf(file, e), null, "malformed " + format.name() + ": " + firstLine(e.getOriginalMessage()));
    }

    private static Location locationOf(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? Location.startOf(file) : loc(file, at);
    }

    private static String firstLine(String text) {
        return text == null ? "syntax error" : text.lines().findFirst().orElse("syntax error");
    }

    private DocNode readValue(Path file, JsonParser parser, Problems problems) throws IOException {
        JsonToken token = parser.currentToken();
        Location at = loc(file, parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                Map<String, DocNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = loc(file, parser.currentTokenLocation());
                    parser.nextToken();
                    DocNode value = readValue(file, parser, problems);
                    if (entries.containsKey(key)) {
                        problems.add(keyAt, key, "duplicate key (first given at line "
                                + entries.get(key).keyLocation().line() + ")");
                    } else {
                        entries.put(key, new DocNode.Entry(key, keyAt, value));
                    }
                }
                return new DocNode.MapNode(at, entries);
            }
            case START_ARRAY: {
                List<DocNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser, problems));
                }
                return new DocNode.ListNode(at, items);
            }
            case VALUE_STRING:
                return new DocNode.ScalarNode(at, DocNode.ScalarKind.STRING, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new DocNode.ScalarNode(at, DocNode.ScalarKind.NUMBER, parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new DocNode.ScalarNode(at, DocNode.ScalarKind.BOOLEAN, parser.getText());
            case VALUE_NULL:
                return new DocNode.ScalarNode(at, DocNode.ScalarKind.NULL, null);
            default:
                return new DocNode.ScalarNode(at, DocNode.ScalarKind.STRING, parser.getText());
        }
    }

    private static Location loc(Path file, JsonLocation at) {
        return new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }
}
