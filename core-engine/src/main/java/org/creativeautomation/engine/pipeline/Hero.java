package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.compose.Box;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * A product's hero image as the run uses it. The pixels are decoded only when a creative needs
 * rendering: an up-to-date re-run never decodes them.
 *
 * @param subject the product's box in the hero's pixels: known for generated heroes, estimated from the
 *                pixels (when first needed) for input assets
 */
public record Hero(String productId, HeroInfo info, Supplier<Box> subject, Supplier<BufferedImage> pixels) {
}
