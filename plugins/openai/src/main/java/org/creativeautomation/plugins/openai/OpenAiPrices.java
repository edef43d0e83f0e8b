package org.creativeautomation.plugins.openai;

import java.util.Map;

/**
 * OpenAI's published image prices in USD per image, for the cost this plugin reports with each
 * image. The studio estimates and budgets calls from its own price table (the engine's
 * {@code prices.yaml}, which a studio home can override); {@code PricesAgreeWithPriceTableTest}
 * keeps these list prices equal to the shipped table's.
 */
final class OpenAiPrices {
    private static final Map<String, Double> PER_IMAGE = Map.ofEntries(
            Map.entry("gpt-image-1|1024x1024|low", 0.011), Map.entry("gpt-image-1|1024x1024|medium", 0.042),
            Map.entry("gpt-image-1|1024x1024|high", 0.167), Map.entry("gpt-image-1|1536x1024|low", 0.016),
            Map.entry("gpt-image-1|1536x1024|medium", 0.063), Map.entry("gpt-image-1|1536x1024|high", 0.25),
            Map.entry("gpt-image-1|1024x1536|low", 0.016), Map.entry("gpt-image-1|1024x1536|medium", 0.063),
            Map.entry("gpt-image-1|1024x1536|high", 0.25),
            Map.entry("dall-e-3|1024x1024|standard", 0.04), Map.entry("dall-e-3|1024x1024|hd", 0.08),
            Map.entry("dall-e-3|1792x1024|standard", 0.08), Map.entry("dall-e-3|1792x1024|hd", 0.12),
            Map.entry("dall-e-3|1024x1792|standard", 0.08), Map.entry("dall-e-3|1024x1792|hd", 0.12));

    private OpenAiPrices() {
    }

    /** The price of one image; the highest known price of the model when the combination is unknown. */
    static double perImage(String model, String size, String quality) {
        String q = quality == null ? ("dall-e-3".equals(model) ? "hd" : "high") : quality;
        Double price = PER_IMAGE.get(model + "|" + size + "|" + q);
        if (price != null) {
            return price;
        }
        return PER_IMAGE.entrySet().stream().filter(e -> e.getKey().startsWith(model + "|"))
                .mapToDouble(Map.Entry::getValue).max().orElse(0.25);
    }
}
