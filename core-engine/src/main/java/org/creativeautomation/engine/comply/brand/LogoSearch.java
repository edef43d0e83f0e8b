package org.creativeautomation.engine.comply.brand;

/**
 * What a logo search found.
 *
 * @param best  the best candidate, found or not; null when the image is too small to hold a logo
 * @param found true when {@code best} is the logo, clearly visible
 */
public record LogoSearch(LogoMatch best, boolean found) {
}
