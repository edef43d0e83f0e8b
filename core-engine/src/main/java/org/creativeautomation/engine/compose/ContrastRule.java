package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

import java.util.Locale;

/**
 * WCAG 2 contrast: the ratio between two colours' relative luminances, and the least a piece of
 * text needs, 4.5:1, or 3:1 for large text.
 *
 * <p>WCAG's large text is 18 pt (24 CSS px), or 14 pt (18.66 CSS px) bold. Creatives are seen
 * fitted to a phone screen about 360 CSS px wide, so on a canvas those sizes scale by
 * width / 360 (72 px and 56 px on a 1080 px wide canvas) — the same reading the compliance
 * check applies, so that what the solver aims for is what the check accepts.
 */
public final class ContrastRule {
    public static final double NORMAL = 4.5;
    public static final double LARGE = 3.0;
    private static final double VIEW_WIDTH_CSS_PX = 360;
    private static final double LARGE_PX = 24;
    private static final double LARGE_BOLD_PX = 18.66;
    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private ContrastRule() {
    }

    /** The least contrast text of this size and face needs on a canvas {@code canvasWidth} wide. */
    public static double required(float sizePx, String fontFamily, int canvasWidth) {
        double scale = canvasWidth / VIEW_WIDTH_CSS_PX;
        boolean large = sizePx >= LARGE_PX * scale || (isBold(fontFamily) && sizePx >= LARGE_BOLD_PX * scale);
        return large ? LARGE : NORMAL;
    }

    /** A face named Bold, Black or Heavy (not Semibold) counts as bold. */
    static boolean isBold(String family) {
        if (family == null) {
            return false;
        }
        String name = family.toLowerCase(Locale.ROOT);
        boolean semi = name.contains("semibold") || name.contains("semi bold") || name.contains("demibold")
                || name.contains("demi bold");
        return !semi && (name.contains("bold") || name.contains("black") || name.contains("heavy"));
    }

    public static double ratio(RgbColor a, RgbColor b) {
        return ratioOfLuminances(a.luminance(), b.luminance());
    }

    /** Contrast ratio of two luminances, 1 (none) to 21 (black on white). */
    public static double ratioOfLuminances(double l1, double l2) {
        double hi = Math.max(l1, l2);
        double lo = Math.min(l1, l2);
        return (hi + 0.05) / (lo + 0.05);
    }

    /** Relative luminance of a packed {@code 0xRRGGBB} colour (alpha ignored), from a table. */
    public static double luminance(int rgb) {
        return 0.2126 * LINEAR[(rgb >> 16) & 0xff] + 0.7152 * LINEAR[(rgb >> 8) & 0xff] + 0.0722 * LINEAR[rgb & 0xff];
    }
}
