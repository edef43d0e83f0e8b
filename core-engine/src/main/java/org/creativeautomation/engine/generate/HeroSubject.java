package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brief.Product;

import java.awt.Font;
import java.util.Objects;

/**
 * The product an offline hero render shows.
 *
 * @param productDescription may be null
 * @param labelFont          the font for the product's label; null falls back to a logical sans-serif
 */
public record HeroSubject(String productName, String productDescription, Palette palette, Font labelFont) {

    public HeroSubject {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(palette, "palette");
    }

    public static HeroSubject of(Product product, Palette palette, Font labelFont) {
        return new HeroSubject(product.name(), product.description(), palette, labelFont);
    }
}
