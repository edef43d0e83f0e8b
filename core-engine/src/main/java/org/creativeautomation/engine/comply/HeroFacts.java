package org.creativeautomation.engine.comply;

/**
 * What the quality checks need to know about the hero behind a creative.
 *
 * @param sourceWidth    the hero image's width in pixels
 * @param sourceHeight   its height
 * @param upscale        how much the crop was enlarged to fill the canvas (1.0 = no enlargement)
 * @param generated      true when the hero came from an image generator
 */
public record HeroFacts(int sourceWidth, int sourceHeight, double upscale, boolean generated) {
}
