package org.creativeautomation.engine.brand;

import java.nio.file.Path;

/**
 * The kit's logo variants, PNG with alpha.
 *
 * @param light the light-coloured logo, for dark backgrounds
 * @param dark  the dark-coloured logo, for light backgrounds
 */
public record LogoSet(Path light, Path dark) {
}
