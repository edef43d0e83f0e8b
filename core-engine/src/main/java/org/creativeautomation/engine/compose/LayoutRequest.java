package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;

import java.awt.image.BufferedImage;

/**
 * Everything the solver reads for one creative.
 *
 * @param subject the product's box in hero pixels (the whole hero when unknown)
 */
public record LayoutRequest(
        Ratio ratio,
        CreativeCopy copy,
        BufferedImage hero,
        Box subject,
        BrandKit kit,
        TypeFaces faces,
        LogoImages logos) {
}
