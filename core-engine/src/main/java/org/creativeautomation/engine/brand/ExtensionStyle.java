package org.creativeautomation.engine.brand;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a canvas is extended when the product cannot fit a ratio without being cut (a wide shoe in a
 * 9:16 story), written {@code auto}, {@code colour} and {@code blur} in kits.
 */
public enum ExtensionStyle {
    /** The photo's own backdrop colour where its edge is plain (a studio sweep), a blurred photo elsewhere. */
    AUTO,
    /** The kit's background colour. */
    COLOUR,
    /** The photo itself, blurred and darkened, so the extension reads as out-of-focus surroundings. */
    BLUR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExtensionStyle> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }
}
