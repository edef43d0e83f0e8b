package org.creativeautomation.engine.brand;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where on the canvas a creative's text stack (message, CTA, disclaimer) may go, written
 * {@code top}, {@code bottom}, {@code left} and {@code right} in kits: a band along the top or
 * bottom edge, or a column along the left or right edge.
 */
public enum TextZone {
    TOP, BOTTOM, LEFT, RIGHT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the bands that span the canvas's width; false for the columns. */
    public boolean isBand() {
        return this == TOP || this == BOTTOM;
    }

    public static Optional<TextZone> fromLabel(String label) {
        return Arrays.stream(values()).filter(z -> z.label().equals(label)).findFirst();
    }
}
