package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.LayoutTemplates;
import org.creativeautomation.engine.brand.SafeArea;

/**
 * Fractions of the canvas, measured in from each edge, kept free of text and logo because
 * platforms draw their own UI there (Stories and Reels put the profile bar on top and the reply
 * box at the bottom). {@code top} and {@code bottom} are fractions of the height, {@code left} and
 * {@code right} of the width.
 */
public record SafeZone(double top, double bottom, double left, double right) {

    public static SafeZone of(SafeArea area) {
        return new SafeZone(area.top(), area.bottom(), area.left(), area.right());
    }

    /** The engine's default for a ratio, as a kit that says nothing about it gets. */
    public static SafeZone defaultFor(Ratio ratio) {
        return of(LayoutTemplates.defaults().forRatio(ratio.label()).safeZone());
    }

    /** The part of a {@code width} x {@code height} canvas the platform leaves visible. */
    public Box visible(int width, int height) {
        int x0 = (int) Math.round(width * left);
        int y0 = (int) Math.round(height * top);
        int x1 = width - (int) Math.round(width * right);
        int y1 = height - (int) Math.round(height * bottom);
        return new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}
