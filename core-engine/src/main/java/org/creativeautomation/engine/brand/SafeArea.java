package org.creativeautomation.engine.brand;

/**
 * Fractions of the canvas, measured in from each edge, that text and logo stay out of because the
 * platform draws its own interface there (Stories put the profile bar on top and the reply box at
 * the bottom). {@code top} and {@code bottom} are fractions of the height, {@code left} and
 * {@code right} of the width.
 */
public record SafeArea(double top, double bottom, double left, double right) {
    public static final SafeArea NONE = new SafeArea(0, 0, 0, 0);
}
