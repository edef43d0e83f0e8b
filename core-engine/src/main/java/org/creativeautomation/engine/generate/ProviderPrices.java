package org.creativeautomation.engine.generate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One provider's entry in the price table.
 *
 * @param asOf    the date of the table the entry comes from
 * @param source  where the prices were read, for people checking them
 * @param pricing how the provider charges
 */
public record ProviderPrices(LocalDate asOf, String source, Pricing pricing) {

    public ProviderPrices {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pricing, "pricing");
    }

    /** How a provider charges. */
    public sealed interface Pricing permits Free, PerImage, ByModel, Unpriced {
    }

    /** Never charges: it runs on the user's own machine. */
    public record Free() implements Pricing {
    }

    /** The same price for every image. */
    public record PerImage(Usd price) implements Pricing {
        public PerImage {
            Objects.requireNonNull(price, "price");
        }
    }

    /** Prices by model; a model not listed has no known price. */
    public record ByModel(Map<String, ModelPrices> models) implements Pricing {
        public ByModel {
            models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        }
    }

    /** Charges, but no price can be stated (e.g. one set by each contract). */
    public record Unpriced(String reason) implements Pricing {
        public Unpriced {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
