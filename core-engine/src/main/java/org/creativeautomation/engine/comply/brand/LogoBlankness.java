package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.ImageScaler;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Whether a logo image would show anything when drawn: it is flattened on black and on white (as
 * the renderer would draw it on a dark or a light background) and must differ from a flat fill on
 * at least one of them. A fully transparent PNG, or an opaque rectangle of one colour, does not.
 */
final class LogoBlankness {
    /** Luma variance (0..1 scale) below which a flattened logo is a flat fill: under 1/255 of spread. */
    private static final double FLAT = 1.5e-5;
    private static final int SAMPLE_WIDTH = 200;
    /** Pixels fainter than this (out of 255) cannot be told from the background. */
    private static final int INVISIBLE_ALPHA = 8;

    private LogoBlankness() {
    }

    /** What is wrong with the logo, phrased to follow "the logo"; empty when it shows. */
    static Optional<String> problemWith(BufferedImage logo) {
        if (logo == null) {
            return Optional.of("is missing");
        }
        int w = Math.min(SAMPLE_WIDTH, logo.getWidth());
        int h = Math.max(1, (int) Math.round((double) w * logo.getHeight() / logo.getWidth()));
        BufferedImage small = ImageScaler.scaleShared(logo, w, h, true);
        int[] argb = small.getRGB(0, 0, w, h, null, 0, w);
        int maxAlpha = 0;
        double[] onBlack = new double[2];
        double[] onWhite = new double[2];
        for (int p : argb) {
            int alpha = p >>> 24;
            maxAlpha = Math.max(maxAlpha, alpha);
            double a = alpha / 255.0;
            double y = (0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff)) / 255.0;
            add(onBlack, a * y);
            add(onWhite, a * y + (1 - a));
        }
        if (maxAlpha < INVISIBLE_ALPHA) {
            return Optional.of("is fully transparent: nothing of it would show");
        }
        if (variance(onBlack, argb.length) < FLAT && variance(onWhite, argb.length) < FLAT) {
            return Optional.of("is one flat colour with no shape: drawn, it is a plain rectangle");
        }
        return Optional.empty();
    }

    private static void add(double[] sums, double v) {
        sums[0] += v;
        sums[1] += v * v;
    }

    private static double variance(double[] sums, int n) {
        double mean = sums[0] / n;
        return sums[1] / n - mean * mean;
    }
}
