package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

/**
 * Measures text contrast against the pixels actually behind it: every pixel of the measured
 * background under a line's box (thinned evenly past {@value #MAX_SAMPLES}), with the scrim
 * composited over it as the renderer will, judged at the worst {@value #PERCENTILE_PERCENT}th
 * percentile. A line over a photo that is dark on average but has a bright patch is judged by the
 * patch, not by the average; a few stray pixels do not decide.
 */
final class ContrastMeter {
    static final double PERCENTILE = 0.05;
    static final int PERCENTILE_PERCENT = 5;
    static final int MAX_SAMPLES = 4096;
    private static final int BINS = 2001;
    private static final int SEARCH_STEPS = 10;

    private ContrastMeter() {
    }

    /** The measured pixels under a box given in canvas pixels. */
    static int[] under(MeasuredCanvas canvas, Box box) {
        int x0 = Math.max(0, (int) Math.floor(box.x() * canvas.scale()));
        int y0 = Math.max(0, (int) Math.floor(box.y() * canvas.scale()));
        int x1 = Math.min(canvas.width(), (int) Math.ceil(box.right() * canvas.scale()));
        int y1 = Math.min(canvas.height(), (int) Math.ceil(box.bottom() * canvas.scale()));
        if (x1 <= x0 || y1 <= y0) {
            return new int[0];
        }
        long count = (long) (x1 - x0) * (y1 - y0);
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) count / MAX_SAMPLES)));
        int[] out = new int[((x1 - x0 + step - 1) / step) * ((y1 - y0 + step - 1) / step)];
        int n = 0;
        for (int y = y0; y < y1; y += step) {
            for (int x = x0; x < x1; x += step) {
                out[n++] = canvas.rgb()[y * canvas.width() + x];
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * The {@value #PERCENTILE_PERCENT}th-percentile contrast of {@code text} over the pixels with
     * {@code scrim} laid over them at {@code opacity}; infinite when there are no pixels.
     */
    static double contrast(int[] pixels, RgbColor text, RgbColor scrim, double opacity) {
        if (pixels.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double textLuminance = text.luminance();
        int alpha = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
        int sr = scrim.red();
        int sg = scrim.green();
        int sb = scrim.blue();
        int[] histogram = new int[BINS];
        for (int p : pixels) {
            int r = blend(sr, (p >> 16) & 0xff, alpha);
            int g = blend(sg, (p >> 8) & 0xff, alpha);
            int b = blend(sb, p & 0xff, alpha);
            double c = ContrastRule.ratioOfLuminances(textLuminance, ContrastRule.luminance((r << 16) | (g << 8) | b));
            histogram[Math.min(BINS - 1, (int) ((c - 1) * 100))]++;
        }
        long target = Math.max(1, (long) Math.ceil(pixels.length * PERCENTILE));
        long cumulative = 0;
        for (int i = 0; i < BINS; i++) {
            cumulative += histogram[i];
            if (cumulative >= target) {
                return 1 + i / 100.0;
            }
        }
        return 21;
    }

    /**
     * The least scrim opacity at which the text reaches {@code target} over the pixels, to a
     * thousandth; 1 when even a solid scrim falls short (the scrim colour itself lacks contrast).
     */
    static double opacityFor(int[] pixels, RgbColor text, RgbColor scrim, double target) {
        if (contrast(pixels, text, scrim, 0) >= target) {
            return 0;
        }
        if (contrast(pixels, text, scrim, 1) < target) {
            return 1;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (contrast(pixels, text, scrim, mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.ceil(hi * 1000) / 1000.0;
    }

    /** Java2D's source-over of an 8-bit alpha: the scrim's share of each channel. */
    static int blend(int scrim, int below, int alpha) {
        return (scrim * alpha + below * (255 - alpha) + 127) / 255;
    }
}
