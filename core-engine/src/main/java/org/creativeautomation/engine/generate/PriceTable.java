package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What image providers charge per image, by provider, model, size and quality, read from dated
 * data ({@code prices.yaml} beside this class, optionally overridden by a studio home's own). It
 * answers what a request will cost, and says so plainly when it does not know.
 */
public final class PriceTable {
    /** Where the shipped table is on the class path. */
    public static final String RESOURCE = "/org/creativeautomation/engine/generate/prices.yaml";

    private final Map<String, ProviderPrices> providers;

    public PriceTable(Map<String, ProviderPrices> providers) {
        this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
    }

    /** The table the studio ships. */
    public static PriceTable shipped() {
        return new PriceTableReader().readResource(RESOURCE);
    }

    /** Reads a prices file, reporting every problem with its line and column. */
    public static PriceTable load(Path file) {
        return new PriceTableReader().read(file);
    }

    /** The shipped table with the providers of {@code overrides} in place of its own, when that file exists. */
    public static PriceTable shippedWithOverrides(Path overrides) {
        PriceTable shipped = shipped();
        return Files.isRegularFile(overrides) ? shipped.overriddenBy(load(overrides)) : shipped;
    }

    /** This table with every provider {@code other} lists replaced by {@code other}'s entry. */
    public PriceTable overriddenBy(PriceTable other) {
        Map<String, ProviderPrices> merged = new LinkedHashMap<>(providers);
        merged.putAll(other.providers);
        return new PriceTable(merged);
    }

    public Map<String, ProviderPrices> providers() {
        return providers;
    }

    /**
     * The estimate of one image.
     *
     * @param model   the model asked for (required: callers resolve a provider's default first)
     * @param quality null for the model's default quality
     */
    public PriceEstimate estimate(String provider, String model, int width, int height, String quality) {
        ProviderPrices entry = providers.get(provider);
        if (entry == null) {
            return unknown(provider, model, width, height, quality, "the price table lists no prices for " + provider);
        }
        String asOf = " (" + entry.asOf() + ")";
        ProviderPrices.Pricing pricing = entry.pricing();
        if (pricing instanceof ProviderPrices.Free) {
            return new PriceEstimate(provider, model, width, height, quality, Usd.ZERO, "free: " + entry.source());
        }
        if (pricing instanceof ProviderPrices.PerImage perImage) {
            return new PriceEstimate(provider, model, width, height, quality, perImage.price(), "per image" + asOf);
        }
        if (pricing instanceof ProviderPrices.Unpriced unpriced) {
            return unknown(provider, model, width, height, quality, unpriced.reason());
        }
        return byModel((ProviderPrices.ByModel) pricing, provider, model, width, height, quality, asOf);
    }

    /**
     * The estimate of one image of a request to a provider. A request that names no model is priced
     * at the provider's default (the first it lists); a provider the table does not know that itself
     * states a price of 0 counts as free.
     */
    public PriceEstimate estimate(ImageGenerator provider, ImageGenerationRequest request) {
        String model = request.model() != null ? request.model() : defaultModel(provider);
        PriceEstimate estimate = estimate(provider.id(), model, request.width(), request.height(), request.quality());
        if (!estimate.known() && !providers.containsKey(provider.id())
                && provider.capabilities().pricePerImageUsd() == 0.0) {
            return new PriceEstimate(provider.id(), model, request.width(), request.height(), request.quality(),
                    Usd.ZERO, "free: the provider states it charges nothing");
        }
        return estimate;
    }

    /** The model a provider uses for requests that name none: the first of its capabilities. */
    public static String defaultModel(ImageGenerator provider) {
        return provider.capabilities().models().isEmpty() ? provider.id() : provider.capabilities().models().get(0);
    }

    private static PriceEstimate byModel(ProviderPrices.ByModel byModel, String provider, String model, int width,
                                         int height, String quality, String asOf) {
        ModelPrices prices = byModel.models().get(model);
        if (prices == null) {
            return unknown(provider, model, width, height, quality, "the price table lists no price for " + provider
                    + " model " + model + " (it lists " + String.join(", ", byModel.models().keySet()) + ")");
        }
        if (prices.perImage() != null) {
            return new PriceEstimate(provider, model, width, height, quality, prices.perImage(), "per image" + asOf);
        }
        ImageSize billed = prices.billedSize(width, height);
        String priced = quality != null ? quality.toLowerCase(java.util.Locale.ROOT) : prices.defaultQuality();
        Usd price = prices.sizes().get(billed).get(priced);
        if (price == null) {
            return unknown(provider, model, billed.width(), billed.height(), priced, "the price table lists no "
                    + priced + " quality for " + provider + " " + model + " at " + billed.width() + "x" + billed.height()
                    + " (it lists " + String.join(", ", prices.sizes().get(billed).keySet()) + ")");
        }
        return new PriceEstimate(provider, model, billed.width(), billed.height(), priced, price,
                "list price" + asOf);
    }

    private static PriceEstimate unknown(String provider, String model, int width, int height, String quality,
                                         String why) {
        return new PriceEstimate(provider, model, width, height, quality, null, why);
    }
}
