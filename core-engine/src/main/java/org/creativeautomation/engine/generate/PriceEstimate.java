package org.creativeautomation.engine.generate;

import java.util.Objects;

/**
 * What the price table says one image of a request will cost.
 *
 * @param provider provider id
 * @param model    the model priced (the provider's default when the request named none)
 * @param width    the size priced: the provider's listed size nearest the request
 * @param height   see width
 * @param quality  the quality priced, null when the price does not depend on one
 * @param price    null when the table knows no price for this request
 * @param basis    where the price comes from, or why there is none
 */
public record PriceEstimate(String provider, String model, int width, int height, String quality, Usd price,
                            String basis) {

    public PriceEstimate {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(basis, "basis");
    }

    public boolean known() {
        return price != null;
    }

    /** Known to cost nothing. */
    public boolean free() {
        return price != null && price.isZero();
    }

    /** {@code 1024x1024} */
    public String size() {
        return width + "x" + height;
    }

    /** {@code $0.167}, or {@code unknown}. */
    public String priceText() {
        return price == null ? "unknown" : price.toString();
    }
}
