package org.creativeautomation.engine.brand;

/**
 * How far the hero photo's colours are pulled toward the kit's palette, written
 * {@code grading: {strength: 0.2}} in kits: 0 leaves the photo as shot (the default), 1 maps it
 * entirely onto the palette.
 */
public record Grading(double strength) {
    public static final Grading OFF = new Grading(0);

    public boolean isOff() {
        return strength <= 0;
    }
}
