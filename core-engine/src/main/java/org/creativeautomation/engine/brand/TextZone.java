package org.creativeautomation.engine.brand;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where on the canvas a creative's text stack (message, CTA, disclaimer) may go, written
 * {@code top}, {@code bottom}, {@code left}, {@code right} and {@code calm} in kits: a band along
 * the top or bottom edge, a column along the left or right edge, or a box anywhere inside the
 * canvas where the photo is calmest (a clear sky, a plain wall) and the product is not.
 */
public enum TextZone {
    TOP, BOTTOM, LEFT, RIGHT, CALM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the bands that span the canvas's width; false for the columns and the calm region. */
    public boolean isBand() {
        return this == TOP || this == BOTTOM;
    }

    /** True for the zones that hang from a canvas edge; false for the free-floating calm region. */
    public boolean isEdge() {
        return this != CALM;
    }

    public static Optional<TextZone> fromLabel(String label) {
        return Arrays.stream(values()).filter(z -> z.label().equals(label)).findFirst();
    }
}
