package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;

import java.util.Locale;

/**
 * Writes the prompt a network image provider receives for a product's hero image. The prompt is part
 * of the generation cache key, so it depends only on its inputs: no clock, no default locale.
 */
public final class PromptBuilder {

    public String build(Brief brief, Product product, BrandKit kit) {
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
        String region = brief.market() == null ? "" : oneLine(brief.market().region());
        if (!region.isEmpty()) {
            prompt.append(" Market: ").append(countryName(region)).append(" (").append(region).append(").");
        }

        prompt.append(" Brand colours: ")
                .append(colour(palette.primary())).append(" (primary), ")
                .append(colour(palette.secondary())).append(" (secondary), ")
                .append(colour(palette.accent())).append(" (accent), ")
                .append(colour(palette.background())).append(" (background).");
        prompt.append(" Brand style: ").append(brand).append(" look, ").append(mood(palette))
                .append(", colour-graded towards the brand colours, modern commercial photography.");

        prompt.append(" Composition for advertising: one single product, upright, fully visible and in sharp focus,")
                .append(" centred horizontally and occupying about half of the frame height,")
                .append(" with generous empty space on every side so the image can be cropped to ")
                .append(listed(brief.ratios().stream().map(r -> r.label()).toList()))
                .append(" without cutting the product.");
        prompt.append(" Clean seamless studio backdrop in a light tint of ")
                .append(RoughColourName.of(palette.background()))
                .append(", soft key light, soft realistic contact shadow on the floor, photorealistic, high detail.");
        prompt.append(" No text, no letters, no logos, no watermarks in the image.");
        return prompt.toString();
    }

    private static String brandName(Brief brief, BrandKit kit) {
        String name = oneLine(kit.name());
        return name.isEmpty() ? oneLine(brief.brand()) : name;
    }

    /** The country's English name; an unknown code stays as written. */
    private static String countryName(String region) {
        String name = new Locale("", region.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? region : name;
    }

    private static String colour(RgbColor colour) {
        return colour.hex() + " " + RoughColourName.of(colour);
    }

    /** Kits carry no style words, so the mood is read from the palette: its lightness and contrast. */
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

    /** Brief text may span lines; a prompt is one line with single spaces. */
    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** "an Acme ..." but "a Stride ...": chosen by the first letter, which is right for brand names nearly always. */
    private static String article(String word) {
        return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** "1:1", "1:1 and 9:16", "1:1, 9:16 and 16:9". */
    private static String listed(java.util.List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
