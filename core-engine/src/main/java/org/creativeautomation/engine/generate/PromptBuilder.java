package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.PromptStyle;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.compose.Ratio;

import java.util.List;
import java.util.Locale;

/**
 * Writes the prompt an image provider receives for a product's hero image: in the kit's own words
 * when its {@code prompt:} section has a template, else the builder's, with the kit's style,
 * lighting and composition where it gives them. Whatever the kit says, the prompt ends by asking
 * for no text, letters or logos: the studio sets all copy itself, and generated lettering is
 * misspelt and off brand. The prompt is part of the generation cache key, so it depends only on
 * its inputs: no clock, no default locale.
 */
public final class PromptBuilder {

    /** The sentence every prompt ends with. */
    public static final String NO_TEXT = "No text, no letters, no logos, no watermarks in the image.";
    private static final String DEFAULT_LIGHTING = "soft key light, soft realistic contact shadow on the floor";

    public HeroPrompt build(Brief brief, Product product, BrandKit kit) {
        PromptStyle style = kit.prompt();
        String text = style.template() != null
                ? fromTemplate(brief, product, kit, style)
                : fromBuilder(brief, product, kit, style);
        return new HeroPrompt(withNoTextRequest(text), style.negativePrompt());
    }

    private static String fromBuilder(Brief brief, Product product, BrandKit kit, PromptStyle style) {
        Palette palette = kit.colors();
        String brand = brandName(brief, kit);
        StringBuilder prompt = new StringBuilder(900);

        prompt.append("Professional studio product photograph of ").append(oneLine(product.name()));
        String description = oneLine(product.description());
        if (!description.isEmpty()) {
            prompt.append(" (").append(description).append(')');
        }
        prompt.append(", the hero product of ").append(article(brand)).append(' ').append(brand)
                .append(" advertising campaign.");

        String audience = oneLine(brief.audience());
        if (!audience.isEmpty()) {
            prompt.append(" Target audience: ").append(audience).append('.');
        }
        String region = region(brief);
        if (!region.isEmpty()) {
            prompt.append(" Market: ").append(region).append('.');
        }

        prompt.append(" Brand colours: ").append(colours(palette)).append('.');
        if (style.style() != null) {
            prompt.append(" Brand style: ").append(sentencePart(style.style()))
                    .append(", colour-graded towards the brand colours.");
        } else {
            prompt.append(" Brand style: ").append(brand).append(" look, ").append(mood(palette))
                    .append(", colour-graded towards the brand colours, modern commercial photography.");
        }

        prompt.append(" Composition for advertising: ").append(framing(brief)).append('.');
        if (style.composition() != null) {
            prompt.append(" Set: ").append(sentencePart(style.composition())).append('.');
        }
        prompt.append(" Clean seamless studio backdrop in a light tint of ")
                .append(RoughColourName.of(palette.background())).append(", ")
                .append(style.lighting() != null ? sentencePart(style.lighting()) : DEFAULT_LIGHTING)
                .append(", photorealistic, high detail.");
        return prompt.toString();
    }

    private static String fromTemplate(Brief brief, Product product, BrandKit kit, PromptStyle style) {
        String filled = style.template().fill(name -> switch (name) {
            case "brand" -> brandName(brief, kit);
            case "product" -> oneLine(product.name());
            case "description" -> oneLine(product.description());
            case "audience" -> oneLine(brief.audience());
            case "region" -> region(brief);
            case "colors" -> colours(kit.colors());
            case "style" -> style.style() != null ? sentencePart(style.style()) : mood(kit.colors());
            case "lighting" -> style.lighting() != null ? sentencePart(style.lighting()) : DEFAULT_LIGHTING;
            case "composition" -> style.composition() != null ? sentencePart(style.composition()) : framing(brief);
            case "framing" -> framing(brief);
            case "ratios" -> listed(brief.ratios().stream().map(Ratio::label).toList());
            default -> "";
        });
        return tidy(filled);
    }

    /** Appends the no-text request unless the kit's wording already ends the same way. */
    private static String withNoTextRequest(String text) {
        String trimmed = text.strip();
        if (trimmed.contains(NO_TEXT)) {
            return trimmed;
        }
        if (!trimmed.isEmpty() && ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0) {
            trimmed += ".";
        }
        return trimmed.isEmpty() ? NO_TEXT : trimmed + " " + NO_TEXT;
    }

    /**
     * A filled template reads well even where the brief left a field out: one line, no empty
     * brackets, no space before punctuation, no doubled stops.
     */
    private static String tidy(String text) {
        String tidied = oneLine(text)
                .replaceAll("\\(\\s*\\)", "")
                .replaceAll("\\s+([,.;:!?)])", "$1")
                .replaceAll("\\(\\s+", "(")
                .replaceAll("([,;:])(?=[,.;:])", "")
                .replaceAll("\\.{2,}", ".");
        return oneLine(tidied);
    }

    /** The framing every layout relies on: one whole product with room to crop to each ratio. */
    private static String framing(Brief brief) {
        return "one single product, upright, fully visible and in sharp focus,"
                + " centred horizontally and occupying about half of the frame height,"
                + " with generous empty space on every side so the image can be cropped to "
                + listed(brief.ratios().stream().map(Ratio::label).toList())
                + " without cutting the product";
    }

    private static String brandName(Brief brief, BrandKit kit) {
        String name = oneLine(kit.name());
        return name.isEmpty() ? oneLine(brief.brand()) : name;
    }

    /** "Germany (DE)"; an unknown code stays as written; empty without a market. */
    private static String region(Brief brief) {
        String region = brief.market() == null ? "" : oneLine(brief.market().region());
        if (region.isEmpty()) {
            return "";
        }
        String name = new Locale("", region.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return (name.isEmpty() ? region : name) + " (" + region + ")";
    }

    private static String colours(Palette palette) {
        return colour(palette.primary()) + " (primary), "
                + colour(palette.secondary()) + " (secondary), "
                + colour(palette.accent()) + " (accent), "
                + colour(palette.background()) + " (background)";
    }

    private static String colour(RgbColor colour) {
        return colour.hex() + " " + RoughColourName.of(colour);
    }

    /** Without a kit style, the mood is read from the palette: its lightness and contrast. */
    private static String mood(Palette palette) {
        double background = palette.background().luminance();
        String light = background > 0.7 ? "light and airy" : background < 0.2 ? "dark and moody" : "balanced mid-tone";
        RgbColor primary = palette.primary();
        boolean neutralPrimary = chroma(primary) < 0.12;
        String character = neutralPrimary
                ? "bold, graphic and high-contrast"
                : chroma(primary) > 0.45 ? "vivid and fresh" : "calm and refined";
        return light + ", " + character + ", with touches of " + RoughColourName.of(palette.accent())
                + " and " + RoughColourName.of(palette.secondary());
    }

    private static double chroma(RgbColor colour) {
        int max = Math.max(colour.red(), Math.max(colour.green(), colour.blue()));
        int min = Math.min(colour.red(), Math.min(colour.green(), colour.blue()));
        return (max - min) / 255.0;
    }

    /** Kit text inside a sentence: one line, without the full stop a kit author may have ended it with. */
    private static String sentencePart(String text) {
        String line = oneLine(text);
        return line.endsWith(".") ? line.substring(0, line.length() - 1).strip() : line;
    }

    /** Brief text may span lines; a prompt is one line with single spaces. */
    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** "an Acme ..." but "a Stride ...": chosen by the first letter, which is right for brand names nearly always. */
    private static String article(String word) {
        return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** "1:1", "1:1 and 9:16", "1:1, 9:16 and 16:9". */
    private static String listed(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
