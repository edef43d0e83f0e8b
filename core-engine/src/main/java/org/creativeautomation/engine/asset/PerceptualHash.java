package org.creativeautomation.engine.asset;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 64-bit perceptual hash (DCT pHash): images that look alike hash alike, whatever their size,
 * compression or format. Greyscale at 32 x 32, 2-D DCT, the 8 x 8 lowest frequencies without the DC
 * row and column (overall brightness says little about content), each bit set when its coefficient is
 * above their median. Compare with {@link #distance}: up to {@link #NEAR_DUPLICATE_DISTANCE} is the same picture.
 */
public final class PerceptualHash {
    public static final int NEAR_DUPLICATE_DISTANCE = 10;

    private static final int SIZE = 32;
    private static final int LOW = 8;
    private static final double[][] COSINES = new double[LOW + 1][SIZE];

    static {
        for (int k = 0; k <= LOW; k++) {
            for (int n = 0; n < SIZE; n++) {
                COSINES[k][n] = Math.cos((2 * n + 1) * k * Math.PI / (2 * SIZE));
            }
        }
    }

    private PerceptualHash() {
    }

    public static long of(BufferedImage image) {
        double[][] grey = greyscale32(image);
        // Separable DCT-II, only the coefficients 1..8 in each direction are needed.
        double[][] rows = new double[SIZE][LOW + 1];
        for (int y = 0; y < SIZE; y++) {
            for (int u = 1; u <= LOW; u++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    sum += grey[y][x] * COSINES[u][x];
                }
                rows[y][u] = sum;
            }
        }
        double[] coefficients = new double[LOW * LOW];
        for (int v = 1; v <= LOW; v++) {
            for (int u = 1; u <= LOW; u++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    sum += rows[y][u] * COSINES[v][y];
                }
                coefficients[(v - 1) * LOW + (u - 1)] = sum;
            }
        }
        double[] sorted = coefficients.clone();
        Arrays.sort(sorted);
        double median = (sorted[31] + sorted[32]) / 2;
        long hash = 0;
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i] > median) {
                hash |= 1L << (63 - i);
            }
        }
        return hash;
    }

    /** The number of differing bits, 0 (same picture) to 64. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** 16 lowercase hex digits. */
    public static String toHex(long hash) {
        return HexFormat.of().toHexDigits(hash);
    }

    public static long fromHex(String hex) {
        if (hex == null || hex.length() != 16) {
            throw new IllegalArgumentException("a perceptual hash is 16 hex digits, not " + hex);
        }
        return HexFormat.fromHexDigitsToLong(hex);
    }

    /**
     * Luma on a 32 x 32 grid, each cell the mean of the pixels it covers (box filtering is what makes
     * the hash stable across scales); transparent pixels count as white.
     */
    private static double[][] greyscale32(BufferedImage image) {
        BufferedImage source = image.getWidth() < SIZE || image.getHeight() < SIZE ? enlarged(image) : image;
        int w = source.getWidth();
        int h = source.getHeight();
        double[][] sums = new double[SIZE][SIZE];
        long[][] counts = new long[SIZE][SIZE];
        int[] row = new int[w];
        boolean alpha = source.getColorModel().hasAlpha();
        for (int y = 0; y < h; y++) {
            source.getRGB(0, y, w, 1, row, 0, w);
            int cy = (int) ((long) y * SIZE / h);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                double luma = 0.299 * ((p >>> 16) & 0xff) + 0.587 * ((p >>> 8) & 0xff) + 0.114 * (p & 0xff);
                if (alpha) {
                    double a = ((p >>> 24) & 0xff) / 255.0;
                    luma = a * luma + (1 - a) * 255;
                }
                int cx = (int) ((long) x * SIZE / w);
                sums[cy][cx] += luma;
                counts[cy][cx]++;
            }
        }
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                sums[y][x] /= counts[y][x];
            }
        }
        return sums;
    }

    private static BufferedImage enlarged(BufferedImage image) {
        int w = Math.max(SIZE, image.getWidth());
        int h = Math.max(SIZE, image.getHeight());
        BufferedImage big = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return big;
    }
}
