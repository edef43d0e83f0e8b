package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.document.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A kit's layout template for every ratio the studio makes, keyed by ratio label ({@code 9:16}).
 * The engine ships a default for each ratio ({@value #DEFAULTS_RESOURCE}); a kit's
 * {@code templates:} section overrides any of their fields.
 */
public record LayoutTemplates(Map<String, LayoutTemplate> byRatio) {
    /** The engine's defaults, beside this class. */
    public static final String DEFAULTS_RESOURCE = "layout-templates.yaml";

    public LayoutTemplates {
        byRatio = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRatio));
    }

    /** The template of a ratio, by label ({@code 9:16}) or path name ({@code 9x16}). */
    public LayoutTemplate forRatio(String ratio) {
        Optional<String> label = labelOf(ratio);
        if (label.isEmpty()) {
            throw new IllegalArgumentException("no layout template for ratio " + ratio + " (known: "
                    + String.join(", ", byRatio.keySet()) + ")");
        }
        return byRatio.get(label.get());
    }

    /** The known ratio label a key names, accepting the path spelling ({@code 9x16}) too. */
    public Optional<String> labelOf(String ratio) {
        if (byRatio.containsKey(ratio)) {
            return Optional.of(ratio);
        }
        String label = ratio.replace('x', ':');
        return byRatio.containsKey(label) ? Optional.of(label) : Optional.empty();
    }

    /** These templates with one ratio's replaced. */
    public LayoutTemplates with(String ratio, LayoutTemplate template) {
        Map<String, LayoutTemplate> changed = new LinkedHashMap<>(byRatio);
        changed.put(labelOf(ratio).orElseThrow(), template);
        return new LayoutTemplates(changed);
    }

    /** The engine's defaults for every ratio. */
    public static LayoutTemplates defaults() {
        return Defaults.TEMPLATES;
    }

    /** Read once: the resource is part of the engine, so a problem in it is a broken build, not a user error. */
    private static final class Defaults {
        static final LayoutTemplates TEMPLATES = load();

        private static LayoutTemplates load() {
            String text;
            try (InputStream in = LayoutTemplates.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("engine resource " + DEFAULTS_RESOURCE + " is missing");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Problems problems = new Problems();
            DocNode root = new DocumentReader().parse(Path.of(DEFAULTS_RESOURCE), text, DocumentReader.Format.YAML,
                    problems);
            Optional<LayoutTemplates> templates = new LayoutTemplateReader(new FieldReader(problems,
                    FieldReader.TextScalars.STRINGS_ONLY)).read(root, FieldPath.ROOT, null);
            if (!problems.isEmpty() || templates.isEmpty()) {
                throw new IllegalStateException("engine resource " + DEFAULTS_RESOURCE + " is invalid: "
                        + problems.sorted().stream().map(Problem::toString).collect(Collectors.joining("; ")));
            }
            return templates.get();
        }
    }

    /** The ratio labels, in the order the defaults list them. */
    public List<String> ratios() {
        return List.copyOf(byRatio.keySet());
    }
}
