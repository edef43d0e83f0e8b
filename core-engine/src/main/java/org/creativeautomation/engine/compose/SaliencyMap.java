package org.creativeautomation.engine.compose;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * How much each part of a photo draws the eye, from 0 to 1, on a small grid (at most
 * {@value #SIZE} cells on the long side) laid over the photo. It combines what saliency research
 * and smartcrop-style croppers found to work on product and lifestyle photos:
 * <ul>
 *   <li>centre-surround contrast: how far a spot's colour (CIELAB) is from its wide surroundings;</li>
 *   <li>distance from the backdrop: a smooth model of the photo's border (a studio sweep, a sky
 *       gradient, a vignette) fitted to its outer ring, so a product stands out from the backdrop
 *       it stands on while the backdrop's own gradient does not;</li>
 *   <li>edges (Sobel on lightness) and saturation (chroma);</li>
 *   <li>skin tones, since people look at faces first.</li>
 * </ul>
 * Cast shadows are damped: a spot darker than the backdrop, of the backdrop's own hue and without
 * texture is a shadow, not a product, and a long shadow must not pull the product box (and so the
 * crop) toward it.
 */
public final class SaliencyMap {
    /** Cells on the long side: enough to place a crop or a text zone to within 1%, cheap to compute. */
    static final int SIZE = 160;
    /** How much finer than the map the grid is on which sharpness is measured. */
    static final int DETAIL = 4;
    private static final double SHADOW_DAMPING = 0.85;

    private final int width;
    private final int height;
    /** Map cells per source pixel. */
    private final double scale;
    private final float[] values;
    /** Summed-area table, (width + 1) x (height + 1). */
    private final double[] integral;

    private SaliencyMap(int width, int height, double scale, float[] values) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.values = values;
        this.integral = new double[(width + 1) * (height + 1)];
        for (int y = 0; y < height; y++) {
            double rowSum = 0;
            for (int x = 0; x < width; x++) {
                rowSum += values[y * width + x];
                integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1] + rowSum;
            }
        }
    }

    /** The map of an image of any size. */
    public static SaliencyMap of(BufferedImage image) {
        int factor = (int) Math.ceil((double) Math.max(image.getWidth(), image.getHeight()) / (SIZE * DETAIL));
        return of(PixelGrid.reduce(image, factor), 1.0 / Math.max(1, factor));
    }

    /**
     * The map of a reduced copy of a photo, about {@value #DETAIL} times {@value #SIZE} on the
     * long side: the map's cells are blocks of it, and it is fine enough to tell sharp detail (a
     * product in focus) from soft (the blurred background behind it).
     *
     * @param scale pixels of {@code detail} per pixel of the photo the map will be asked about
     */
    static SaliencyMap of(PixelGrid detail, double scale) {
        int block = Math.max(1, (int) Math.round((double) Math.max(detail.width(), detail.height()) / SIZE));
        PixelGrid grid = detail.reduce(block);
        float[] sharpness = sharpness(detail, block, grid.width(), grid.height());
        double cellsPerPixel = scale * grid.width() / detail.width();
        return new SaliencyMap(grid.width(), grid.height(), cellsPerPixel, new Features(grid, sharpness).saliency());
    }

    /**
     * Fine detail per map cell: the mean gradient of lightness over the cell's block of the detail
     * grid. Out-of-focus backgrounds have little, products in focus (edges, print, highlights) much.
     */
    private static float[] sharpness(PixelGrid detail, int block, int cellsW, int cellsH) {
        int w = detail.width();
        int h = detail.height();
        float[] lightness = new float[w * h];
        for (int i = 0; i < lightness.length; i++) {
            int c = detail.argb()[i];
            lightness[i] = (0.299f * ((c >> 16) & 0xff) + 0.587f * ((c >> 8) & 0xff) + 0.114f * (c & 0xff))
                    * ((c >>> 24) / 255f);
        }
        float[] sums = new float[cellsW * cellsH];
        int[] counts = new int[cellsW * cellsH];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                float gx = lightness[i + 1] - lightness[i - 1];
                float gy = lightness[i + w] - lightness[i - w];
                int cell = Math.min(cellsH - 1, y / block) * cellsW + Math.min(cellsW - 1, x / block);
                sums[cell] += (float) Math.sqrt(gx * gx + gy * gy);
                counts[cell]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = counts[i] == 0 ? 0 : sums[i] / counts[i];
        }
        return sums;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Source pixels per map cell. */
    public double cellSize() {
        return 1 / scale;
    }

    /** The value of one cell. */
    public float at(int x, int y) {
        return values[y * width + x];
    }

    /** The sum over the whole map. */
    public double total() {
        return integral[integral.length - 1];
    }

    /**
     * The sum over a rectangle given in source pixels (it may reach past the photo: the part
     * outside holds nothing). Cells the rectangle covers in part count in part.
     */
    public double sum(double x0, double y0, double x1, double y1) {
        double cx0 = Math.max(0, Math.min(width, x0 * scale));
        double cy0 = Math.max(0, Math.min(height, y0 * scale));
        double cx1 = Math.max(0, Math.min(width, x1 * scale));
        double cy1 = Math.max(0, Math.min(height, y1 * scale));
        if (cx1 <= cx0 || cy1 <= cy0) {
            return 0;
        }
        return area(cx1, cy1) - area(cx0, cy1) - area(cx1, cy0) + area(cx0, cy0);
    }

    /** The mean over a rectangle in source pixels, 0 when it covers nothing of the photo. */
    public double mean(double x0, double y0, double x1, double y1) {
        double cx0 = Math.max(0, Math.min(width, x0 * scale));
        double cy0 = Math.max(0, Math.min(height, y0 * scale));
        double cx1 = Math.max(0, Math.min(width, x1 * scale));
        double cy1 = Math.max(0, Math.min(height, y1 * scale));
        double cells = (cx1 - cx0) * (cy1 - cy0);
        return cells <= 0 ? 0 : sum(x0, y0, x1, y1) / cells;
    }

    /** The mean over the whole map. */
    public double mean() {
        return total() / ((double) width * height);
    }

    /** The summed-area table at a fractional cell position, interpolated bilinearly. */
    private double area(double x, double y) {
        int ix = Math.min(width - 1, (int) x);
        int iy = Math.min(height - 1, (int) y);
        double fx = x - ix;
        double fy = y - iy;
        int stride = width + 1;
        double a = integral[iy * stride + ix];
        double b = integral[iy * stride + ix + 1];
        double c = integral[(iy + 1) * stride + ix];
        double d = integral[(iy + 1) * stride + ix + 1];
        return a * (1 - fx) * (1 - fy) + b * fx * (1 - fy) + c * (1 - fx) * fy + d * fx * fy;
    }

    /** The feature maps of one small grid and how they combine. */
    private static final class Features {
        private final int w;
        private final int h;
        private final int n;
        private final float[] lab;
        private final float[] alpha;
        private final int[] rgb;

        private final float[] sharpness;

        Features(PixelGrid grid, float[] sharpness) {
            this.sharpness = sharpness.clone();
            w = grid.width();
            h = grid.height();
            n = w * h;
            lab = new float[3 * n];
            alpha = new float[n];
            rgb = grid.argb();
            float[] one = new float[3];
            for (int i = 0; i < n; i++) {
                int c = rgb[i];
                alpha[i] = (c >>> 24) / 255f;
                CieLab.of(c, one);
                lab[3 * i] = one[0];
                lab[3 * i + 1] = one[1];
                lab[3 * i + 2] = one[2];
            }
        }

        float[] saliency() {
            float[] fine = blur(lab, 3, 1, 1);
            float[] surround = blur(lab, 3, Math.max(3, Math.max(w, h) / 10), 3);
            float[] backdrop = new BackdropModel(fine, w, h).predict();
            float[] lightness = channel(fine, 0);
            float[] texture = localDeviation(lightness, 2);

            float[] centreSurround = new float[n];
            float[] fromBackdrop = new float[n];
            float[] edges = new float[n];
            float[] chroma = new float[n];
            float[] skin = new float[n];
            float[] shadow = new float[n];
            float[] shadowEdge = new float[n];
            for (int i = 0; i < n; i++) {
                centreSurround[i] = distance(fine, surround, i);
                fromBackdrop[i] = distance(fine, backdrop, i);
                chroma[i] = (float) Math.hypot(fine[3 * i + 1], fine[3 * i + 2]);
                skin[i] = skinTone(rgb[i]);
                shadow[i] = shadowLikeness(fine, backdrop, texture, i);
                shadowEdge[i] = dimmedBackdrop(fine, backdrop, i);
            }
            // A shadow's soft border is an edge of the backdrop's own hue, dimmed: damp its edges and
            // detail too, or the outline of a long shadow still reads as an object.
            shadow = dilate(shadow, 1);
            shadowEdge = dilate(shadowEdge, 1);
            for (int y = 1; y < h - 1; y++) {
                for (int x = 1; x < w - 1; x++) {
                    int i = y * w + x;
                    float gx = (lightness[i - w + 1] + 2 * lightness[i + 1] + lightness[i + w + 1])
                            - (lightness[i - w - 1] + 2 * lightness[i - 1] + lightness[i + w - 1]);
                    float gy = (lightness[i + w - 1] + 2 * lightness[i + w] + lightness[i + w + 1])
                            - (lightness[i - w - 1] + 2 * lightness[i - w] + lightness[i - w + 1]);
                    edges[i] = (float) Math.sqrt(gx * gx + gy * gy);
                }
            }
            normalise(centreSurround, 0.98, 8);
            normalise(fromBackdrop, 0.98, 8);
            normalise(edges, 0.98, 20);
            normalise(chroma, 0.98, 25);
            normalise(sharpness, 0.98, 6);
            // A feature lit up everywhere (edges in foliage, distance from a backdrop no smooth
            // surface fits) tells nothing apart; one with a few strong peaks does (Itti's normalisation).
            float wCentre = 0.3f * distinctness(centreSurround);
            float wBackdrop = 0.3f * distinctness(fromBackdrop);
            float wEdges = 0.2f * distinctness(edges);
            float wChroma = 0.15f * distinctness(chroma);
            float wSharp = 0.3f * distinctness(sharpness);

            float[] s = new float[n];
            for (int i = 0; i < n; i++) {
                float damp = 1 - (float) SHADOW_DAMPING * shadow[i];
                float dampEdges = 1 - (float) SHADOW_DAMPING * Math.max(shadow[i], shadowEdge[i]);
                float v = damp * (wCentre * centreSurround[i] + wBackdrop * fromBackdrop[i] + wChroma * chroma[i])
                        + dampEdges * (wEdges * edges[i] + wSharp * sharpness[i]) + 0.35f * skin[i];
                s[i] = v * alpha[i];
            }
            float[] smooth = blur(s, 1, 1, 1);
            float max = 0;
            for (float v : smooth) {
                max = Math.max(max, v);
            }
            if (max > 0) {
                for (int i = 0; i < n; i++) {
                    smooth[i] /= max;
                }
            }
            return smooth;
        }

        /** The largest value within {@code r} cells of each cell. */
        private float[] dilate(float[] values, int r) {
            float[] out = new float[n];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float max = 0;
                    for (int dy = -r; dy <= r; dy++) {
                        for (int dx = -r; dx <= r; dx++) {
                            int nx = clampIndex(x + dx, w);
                            int ny = clampIndex(y + dy, h);
                            max = Math.max(max, values[ny * w + nx]);
                        }
                    }
                    out[y * w + x] = max;
                }
            }
            return out;
        }

        /** 1 for a feature that is high in few places, toward 0 for one that is high everywhere. */
        private static float distinctness(float[] feature) {
            double mean = 0;
            for (float v : feature) {
                mean += v;
            }
            mean /= feature.length;
            return (float) ((1 - mean) * (1 - mean));
        }

        /**
         * How much a spot looks like a cast shadow: darker than the backdrop there, of the same hue
         * (a shadow dims the surface it falls on without changing its colour) and without texture.
         */
        private static float shadowLikeness(float[] fine, float[] backdrop, float[] texture, int i) {
            float darker = backdrop[3 * i] - fine[3 * i];
            float hue = (float) Math.hypot(fine[3 * i + 1] - backdrop[3 * i + 1], fine[3 * i + 2] - backdrop[3 * i + 2]);
            float dim = clamp01((darker - 2) / 8);
            // very dark spots are objects, not shadows on a lit backdrop
            float notBlack = clamp01((fine[3 * i] - 12) / 10);
            float sameHue = clamp01(1 - (hue - 4) / 8);
            float plain = clamp01(1 - (texture[i] - 1.5f) / 4);
            return dim * notBlack * sameHue * plain;
        }

        /** How much a spot is the backdrop dimmed (its hue, somewhat darker), textured or not. */
        private static float dimmedBackdrop(float[] fine, float[] backdrop, int i) {
            float darker = backdrop[3 * i] - fine[3 * i];
            float hue = (float) Math.hypot(fine[3 * i + 1] - backdrop[3 * i + 1], fine[3 * i + 2] - backdrop[3 * i + 2]);
            return clamp01((darker - 1) / 4) * clamp01((fine[3 * i] - 12) / 10) * clamp01(1 - (hue - 4) / 8);
        }

        /** A soft skin-tone score in YCbCr, where skin of every complexion clusters. */
        private static float skinTone(int c) {
            int r = (c >> 16) & 0xff;
            int g = (c >> 8) & 0xff;
            int b = c & 0xff;
            double y = 0.299 * r + 0.587 * g + 0.114 * b;
            double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
            double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
            if (y < 40 || y > 240) {
                return 0;
            }
            double dcb = (cb - 110) / 14;
            double dcr = (cr - 152) / 12;
            double d = dcb * dcb + dcr * dcr;
            return (float) Math.max(0, 1 - d);
        }

        private float distance(float[] a, float[] b, int i) {
            float dl = a[3 * i] - b[3 * i];
            float da = a[3 * i + 1] - b[3 * i + 1];
            float db = a[3 * i + 2] - b[3 * i + 2];
            return (float) Math.sqrt(dl * dl + da * da + db * db);
        }

        private float[] channel(float[] values, int c) {
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = values[3 * i + c];
            }
            return out;
        }

        /** Standard deviation of values in a (2r+1) square around each cell: texture. */
        private float[] localDeviation(float[] values, int r) {
            float[] squares = new float[n];
            for (int i = 0; i < n; i++) {
                squares[i] = values[i] * values[i];
            }
            float[] mean = blur(values, 1, r, 1);
            float[] meanSquares = blur(squares, 1, r, 1);
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = (float) Math.sqrt(Math.max(0, meanSquares[i] - mean[i] * mean[i]));
            }
            return out;
        }

        /** Repeated box blur (three passes approach a Gaussian) of interleaved channels, edges clamped. */
        private float[] blur(float[] values, int channels, int radius, int passes) {
            float[] a = values.clone();
            float[] b = new float[a.length];
            for (int p = 0; p < passes; p++) {
                boxPass(a, b, channels, radius, true);
                boxPass(b, a, channels, radius, false);
            }
            return a;
        }

        private void boxPass(float[] src, float[] dst, int channels, int r, boolean horizontal) {
            int lines = horizontal ? h : w;
            int len = horizontal ? w : h;
            float norm = 1f / (2 * r + 1);
            for (int line = 0; line < lines; line++) {
                for (int c = 0; c < channels; c++) {
                    float acc = 0;
                    for (int k = -r; k <= r; k++) {
                        acc += src[index(line, clampIndex(k, len), horizontal) * channels + c];
                    }
                    for (int k = 0; k < len; k++) {
                        dst[index(line, k, horizontal) * channels + c] = acc * norm;
                        int out = clampIndex(k - r, len);
                        int in = clampIndex(k + r + 1, len);
                        acc += src[index(line, in, horizontal) * channels + c] - src[index(line, out, horizontal) * channels + c];
                    }
                }
            }
        }

        private int index(int line, int k, boolean horizontal) {
            return horizontal ? line * w + k : k * w + line;
        }

        private static int clampIndex(int k, int len) {
            return k < 0 ? 0 : Math.min(len - 1, k);
        }

        /**
         * Scales a feature so that its {@code quantile} maps to 1 (higher values clamp), with
         * {@code floor} as the least divisor: a photo with no edges at all keeps small values small.
         */
        private static void normalise(float[] values, double quantile, float floor) {
            float[] sorted = values.clone();
            Arrays.sort(sorted);
            float q = Math.max(floor, sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))]);
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.min(1f, values[i] / q);
            }
        }

        private static float clamp01(float v) {
            return v < 0 ? 0 : v > 1 ? 1 : v;
        }
    }

    /**
     * The backdrop as a smooth surface: a quadratic in x and y per CIELAB channel, fitted by least
     * squares to the photo's outer ring, refitted once without the ring cells it fits worst (where a
     * product touches the frame). Gradients, vignettes and sweeps fit; products do not.
     */
    private static final class BackdropModel {
        private static final int TERMS = 6;
        private final float[] lab;
        private final int w;
        private final int h;

        BackdropModel(float[] lab, int w, int h) {
            this.lab = lab;
            this.w = w;
            this.h = h;
        }

        float[] predict() {
            int ring = Math.max(1, Math.min(w, h) / 40);
            int[] cells = ringCells(ring);
            double[][] coefficients = fit(cells, null);
            double[] residual = new double[cells.length];
            for (int k = 0; k < cells.length; k++) {
                residual[k] = error(coefficients, cells[k]);
            }
            double[] sorted = residual.clone();
            Arrays.sort(sorted);
            double cutoff = Math.max(3, 2.5 * sorted[sorted.length / 2]);
            boolean[] keep = new boolean[cells.length];
            for (int k = 0; k < cells.length; k++) {
                keep[k] = residual[k] <= cutoff;
            }
            coefficients = fit(cells, keep);
            float[] out = new float[3 * w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double[] t = terms(x, y);
                    for (int c = 0; c < 3; c++) {
                        double v = 0;
                        for (int j = 0; j < TERMS; j++) {
                            v += coefficients[c][j] * t[j];
                        }
                        out[3 * (y * w + x) + c] = (float) v;
                    }
                }
            }
            return out;
        }

        private int[] ringCells(int ring) {
            int[] cells = new int[w * h];
            int count = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (x < ring || y < ring || x >= w - ring || y >= h - ring) {
                        cells[count++] = y * w + x;
                    }
                }
            }
            return Arrays.copyOf(cells, count);
        }

        private double[] terms(int x, int y) {
            double u = (x + 0.5) / w - 0.5;
            double v = (y + 0.5) / h - 0.5;
            return new double[]{1, u, v, u * u, v * v, u * v};
        }

        private double error(double[][] coefficients, int cell) {
            double[] t = terms(cell % w, cell / w);
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                double v = 0;
                for (int j = 0; j < TERMS; j++) {
                    v += coefficients[c][j] * t[j];
                }
                double d = v - lab[3 * cell + c];
                sum += d * d;
            }
            return Math.sqrt(sum);
        }

        /** Least squares through the normal equations; a tiny ridge keeps a degenerate ring solvable. */
        private double[][] fit(int[] cells, boolean[] keep) {
            double[][] ata = new double[TERMS][TERMS];
            double[][] atb = new double[3][TERMS];
            for (int k = 0; k < cells.length; k++) {
                if (keep != null && !keep[k]) {
                    continue;
                }
                int cell = cells[k];
                double[] t = terms(cell % w, cell / w);
                for (int i = 0; i < TERMS; i++) {
                    for (int j = 0; j < TERMS; j++) {
                        ata[i][j] += t[i] * t[j];
                    }
                    for (int c = 0; c < 3; c++) {
                        atb[c][i] += t[i] * lab[3 * cell + c];
                    }
                }
            }
            for (int i = 0; i < TERMS; i++) {
                ata[i][i] += 1e-6 * cells.length;
            }
            double[][] out = new double[3][];
            for (int c = 0; c < 3; c++) {
                out[c] = solve(ata, atb[c]);
            }
            return out;
        }

        private static double[] solve(double[][] matrix, double[] rhs) {
            int m = rhs.length;
            double[][] a = new double[m][m + 1];
            for (int i = 0; i < m; i++) {
                System.arraycopy(matrix[i], 0, a[i], 0, m);
                a[i][m] = rhs[i];
            }
            for (int col = 0; col < m; col++) {
                int pivot = col;
                for (int row = col + 1; row < m; row++) {
                    if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                        pivot = row;
                    }
                }
                double[] swap = a[col];
                a[col] = a[pivot];
                a[pivot] = swap;
                if (Math.abs(a[col][col]) < 1e-12) {
                    continue;
                }
                for (int row = 0; row < m; row++) {
                    if (row != col) {
                        double f = a[row][col] / a[col][col];
                        for (int k = col; k <= m; k++) {
                            a[row][k] -= f * a[col][k];
                        }
                    }
                }
            }
            double[] x = new double[m];
            for (int i = 0; i < m; i++) {
                x[i] = Math.abs(a[i][i]) < 1e-12 ? 0 : a[i][m] / a[i][i];
            }
            return x;
        }
    }
}
