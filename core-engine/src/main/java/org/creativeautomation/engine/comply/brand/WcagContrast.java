package org.creativeautomation.engine.comply.brand;

/**
 * WCAG 2 relative luminance and contrast ratio, with the sRGB decoding in a table so that whole
 * line boxes of pixels can be measured within the checks' time budget.
 */
public final class WcagContrast {
    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private WcagContrast() {
    }

    /** Relative luminance of a packed {@code 0xRRGGBB} colour (alpha ignored): 0 black to 1 white. */
    public static double luminance(int rgb) {
        return 0.2126 * LINEAR[(rgb >> 16) & 0xff] + 0.7152 * LINEAR[(rgb >> 8) & 0xff] + 0.0722 * LINEAR[rgb & 0xff];
    }

    /** Contrast ratio of two luminances, 1 (none) to 21 (black on white). */
    public static double ratio(double luminance1, double luminance2) {
        double hi = Math.max(luminance1, luminance2);
        double lo = Math.min(luminance1, luminance2);
        return (hi + 0.05) / (lo + 0.05);
    }
}
