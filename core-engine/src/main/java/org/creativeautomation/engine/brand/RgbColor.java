package org.creativeautomation.engine.brand;

import java.util.Locale;

/** An sRGB colour, written {@code #RRGGBB} in kits. */
public record RgbColor(int red, int green, int blue) {
    public RgbColor {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channel out of range 0-255");
        }
    }

    /** Parses {@code #RRGGBB} (case-insensitive); returns null when the text is not of that form. */
    public static RgbColor parseHex(String text) {
        if (text == null || !text.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        int v = Integer.parseInt(text.substring(1), 16);
        return new RgbColor((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    public int argb() {
        return 0xff000000 | (red << 16) | (green << 8) | blue;
    }

    public java.awt.Color toAwt() {
        return new java.awt.Color(red, green, blue);
    }

    /** WCAG relative luminance, 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    @Override
    public String toString() {
        return hex();
    }
}
