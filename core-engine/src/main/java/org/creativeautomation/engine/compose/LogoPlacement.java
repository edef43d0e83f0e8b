package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.Corner;

/**
 * Where the logo goes.
 *
 * @param variant    "light" (for dark backgrounds) or "dark"
 * @param clearSpace the free area around the logo required by the kit
 */
public record LogoPlacement(Corner corner, String variant, Box box, Box clearSpace) {
}
