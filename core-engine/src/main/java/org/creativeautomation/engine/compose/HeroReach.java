package org.creativeautomation.engine.compose;

import java.util.Objects;

/**
 * How far a creative's framing reaches past its hero on each side, in hero pixels (whole pixels,
 * rounded up), and the extension the composer paints there when nothing else fills it. It is what a
 * generative expansion of the hero must add for that framing to need no extension.
 *
 * @param composerExtension the composer's own extension of the canvas (canvas pixels, its fill)
 */
public record HeroReach(int left, int top, int right, int bottom, CanvasExtension composerExtension) {

    public HeroReach {
        Objects.requireNonNull(composerExtension, "composerExtension");
        if (left < 0 || top < 0 || right < 0 || bottom < 0) {
            throw new IllegalArgumentException("a reach is not negative, was " + left + ", " + top + ", " + right
                    + ", " + bottom);
        }
    }

    /** The reach of a window past a {@code heroWidth} x {@code heroHeight} hero. */
    static HeroReach of(CropWindow crop, int heroWidth, int heroHeight, CanvasExtension composerExtension) {
        return new HeroReach(outward(-crop.x()), outward(-crop.y()), outward(crop.right() - heroWidth),
                outward(crop.bottom() - heroHeight), composerExtension);
    }

    /** Whole pixels covering a reach; a hair past the edge from floating-point error is none. */
    private static int outward(double reach) {
        return reach <= 1e-6 ? 0 : (int) Math.ceil(reach - 1e-6);
    }

    /** Whether two reaches add the same pixels on every side, whatever the composer would paint there. */
    public boolean sameMargins(HeroReach other) {
        return left == other.left && top == other.top && right == other.right && bottom == other.bottom;
    }

    /** Width of the hero with its reach added. */
    public int expandedWidth(int heroWidth) {
        return left + heroWidth + right;
    }

    /** Height of the hero with its reach added. */
    public int expandedHeight(int heroHeight) {
        return top + heroHeight + bottom;
    }
}
