package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

/**
 * How far the canvas reaches past the photo on each side, in canvas pixels, and what fills it.
 * The solver extends the canvas instead of cutting the product when the product cannot fit the
 * ratio (a wide shoe in a 9:16 story); the crop window then reaches outside the hero by as much.
 *
 * @param colour for {@link ExtensionFill#COLOUR}: the kit colour that fills it; null otherwise
 */
public record CanvasExtension(ExtensionFill fill, int top, int bottom, int left, int right, RgbColor colour) {
    public static final CanvasExtension NONE = new CanvasExtension(ExtensionFill.NONE, 0, 0, 0, 0, null);

    public boolean isNone() {
        return fill == ExtensionFill.NONE || top + bottom + left + right == 0;
    }

    /** Where the photo lies on a {@code width} x {@code height} canvas. */
    public Box photo(int width, int height) {
        return new Box(left, top, Math.max(1, width - left - right), Math.max(1, height - top - bottom));
    }
}
