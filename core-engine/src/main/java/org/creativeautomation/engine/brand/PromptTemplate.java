package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.NearestName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kit's own wording of the image prompt, with placeholders such as {@code {product}} that the
 * prompt builder fills from the brief. Braces are only ever placeholders, so a stray one is a
 * mistake worth reporting rather than text to pass on.
 */
public record PromptTemplate(String text) {

    /** Every placeholder a template may use, in the order the kit schema documents them. */
    public static final List<String> PLACEHOLDERS = List.of("brand", "product", "description", "audience", "region",
            "colors", "style", "lighting", "composition", "framing", "ratios");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public PromptTemplate {
        Objects.requireNonNull(text, "text");
    }

    /** The first thing wrong with the template, worded for the kit author; empty when it can be filled. */
    public Optional<String> problem() {
        Matcher matcher = PLACEHOLDER.matcher(text);
        int end = 0;
        while (matcher.find()) {
            Optional<String> stray = strayBrace(text.substring(end, matcher.start()));
            if (stray.isPresent()) {
                return stray;
            }
            String name = matcher.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                String hint = NearestName.among(name, PLACEHOLDERS)
                        .map(n -> "did you mean {" + n + "}?")
                        .orElse("known placeholders: " + known());
                return Optional.of("{" + name + "} is not a placeholder (" + hint + ")");
            }
            end = matcher.end();
        }
        return strayBrace(text.substring(end));
    }

    /** The placeholders the template uses, in order of first use. */
    public List<String> placeholders() {
        List<String> used = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!used.contains(matcher.group(1))) {
                used.add(matcher.group(1));
            }
        }
        return used;
    }

    /** The text with each placeholder replaced by {@code values.apply(name)}; a null value counts as empty. */
    public String fill(UnaryOperator<String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            String value = values.apply(match.group(1));
            return Matcher.quoteReplacement(value == null ? "" : value);
        });
    }

    static String known() {
        return String.join(", ", PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList());
    }

    private static Optional<String> strayBrace(String between) {
        if (between.contains("{")) {
            return Optional.of("an opening { without its closing } (placeholders are written {product})");
        }
        if (between.contains("}")) {
            return Optional.of("a closing } without its opening { (placeholders are written {product})");
        }
        return Optional.empty();
    }
}
