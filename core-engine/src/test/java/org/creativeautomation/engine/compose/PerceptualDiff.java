package org.creativeautomation.engine.compose;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * How different two renders look, not whether their bytes match: font rasterisers differ in
 * anti-aliasing from one FreeType version to the next, while a missing, moved or mirrored line
 * changes how much ink whole regions hold.
 *
 * <p>Both images are reduced to luminance on the same grid (area averages, which anti-aliasing and
 * sub-pixel shifts barely change). Two measures come out: the mean absolute difference per grid
 * cell, and the worst difference of the mean luminance of any block of {@link #BLOCK} x {@link #BLOCK}
 * cells. A line of text drawn elsewhere moves the ink of its blocks by tens of levels; a glyph edge
 * a pixel off moves a block by one or two.
 */
final class PerceptualDiff {
    /** Grid cells per block side. */
    static final int BLOCK = 6;
    /** Canvas pixels per grid cell side. */
    static final int CELL = 4;
    static final double MAX_MEAN = 2.0;
    static final double MAX_BLOCK = 16.0;

    record Difference(double mean, double worstBlock, int blockX, int blockY) {
        boolean looksTheSame() {
            return mean <= MAX_MEAN && worstBlock <= MAX_BLOCK;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "mean %.2f (max %.1f), worst block %.1f (max %.1f) at canvas %d,%d",
                    mean, MAX_MEAN, worstBlock, MAX_BLOCK, blockX, blockY);
        }
    }

    private PerceptualDiff() {
    }

    /**
     * Compares two images of the same aspect; {@code expected} may be stored smaller than
     * {@code actual} (goldens are kept at half size), both are reduced to the grid of the canvas.
     */
    static Difference between(BufferedImage expected, BufferedImage actual) {
        int gw = actual.getWidth() / CELL;
        int gh = actual.getHeight() / CELL;
        double[] a = grid(expected, gw, gh);
        double[] b = grid(actual, gw, gh);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        double worst = 0;
        int worstX = 0;
        int worstY = 0;
        for (int by = 0; by + BLOCK <= gh; by += BLOCK / 2) {
            for (int bx = 0; bx + BLOCK <= gw; bx += BLOCK / 2) {
                double da = 0;
                double db = 0;
                for (int y = by; y < by + BLOCK; y++) {
                    for (int x = bx; x < bx + BLOCK; x++) {
                        da += a[y * gw + x];
                        db += b[y * gw + x];
                    }
                }
                double d = Math.abs(da - db) / (BLOCK * BLOCK);
                if (d > worst) {
                    worst = d;
                    worstX = bx * CELL;
                    worstY = by * CELL;
                }
            }
        }
        return new Difference(sum / a.length, worst, worstX, worstY);
    }

    /** Mean luminance (0..255) of each of gw x gh cells covering the image. */
    private static double[] grid(BufferedImage image, int gw, int gh) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        double[] sums = new double[gw * gh];
        double[] counts = new double[gw * gh];
        for (int y = 0; y < h; y++) {
            int gy = Math.min(gh - 1, (int) ((long) y * gh / h));
            for (int x = 0; x < w; x++) {
                int gx = Math.min(gw - 1, (int) ((long) x * gw / w));
                int c = rgb[y * w + x];
                double lum = 0.2126 * ((c >> 16) & 255) + 0.7152 * ((c >> 8) & 255) + 0.0722 * (c & 255);
                sums[gy * gw + gx] += lum;
                counts[gy * gw + gx]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = counts[i] == 0 ? 0 : sums[i] / counts[i];
        }
        return sums;
    }
}
