package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.ImageScaler;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * One logo variant at one size, prepared for matching against a {@link LumaImage}.
 *
 * <p>A logo of alpha {@code a} and luma {@code Y} drawn at opacity {@code o} over a background
 * {@code B} gives {@code P = B + o·a·(Y − B)}. Over the logo's small box the background is taken as
 * smooth (a cubic surface: sky, a scrim, a blurred photo), so {@code P} is close to a linear
 * function of the powers of {@code x} and {@code y} up to the third (the background) and of
 * {@code a} and {@code a·Y} (the logo). The match score is the partial correlation of the patch
 * with the logo's two regressors once the smooth background is accounted for: a normalised
 * cross-correlation that knows the logo's transparency and ignores gradients behind it. When the
 * logo is one flat colour, {@code a·Y} adds nothing and the score is that of the alpha mask alone.
 * The fitted slopes also say how far the logo stands out from what is behind it (its contrast)
 * and at what opacity it was drawn, both of which the score alone ignores.
 */
final class LogoTemplate {
    /** Below this share of a·Y's variance left after removing alpha, the logo counts as one colour. */
    private static final double ONE_COLOUR = 1e-3;
    private static final int BACKGROUND_TERMS = 9;
    private static final int COARSE_BACKGROUND_TERMS = 5;
    private static final int LUMA_BINS = 64;

    final String variant;
    final int width;
    final int height;
    private final int[] dx;
    private final int[] dy;
    private final int n;
    /** How many background terms: 5 (x, y and their products up to the second power) or 9 (up to the third). */
    private final int terms;
    /** Orthonormal, zero-mean background terms per sample point, term-major. */
    private final float[] background;
    /** The logo regressors a and a·Y per point, with the background terms removed. */
    private final float[] alpha;
    private final float[] alphaLuma;
    private final boolean twoRegressors;
    private final double inv11;
    private final double inv12;
    private final double inv22;
    /** Mean luma and squared luma of the logo's opaque pixels, for its RMS contrast. */
    private final double meanY;
    private final double meanY2;
    /** Share of the logo's opaque pixels in each luma bin, for its median contrast. */
    private final double[] lumaShares;

    private LogoTemplate(String variant, int width, int height, int[] dx, int[] dy, int terms, float[] background,
                         float[] alpha, float[] alphaLuma, double[] inverse, boolean twoRegressors, double meanY,
                         double meanY2, double[] lumaShares) {
        this.variant = variant;
        this.width = width;
        this.height = height;
        this.dx = dx;
        this.dy = dy;
        this.n = dx.length;
        this.terms = terms;
        this.background = background;
        this.alpha = alpha;
        this.alphaLuma = alphaLuma;
        this.twoRegressors = twoRegressors;
        this.inv11 = inverse[0];
        this.inv12 = inverse[1];
        this.inv22 = inverse[2];
        this.meanY = meanY;
        this.meanY2 = meanY2;
        this.lumaShares = lumaShares;
    }

    /**
     * The logo resampled to {@code width} x {@code height}; with {@code maxPoints} > 0 only a grid of
     * about that many pixels is kept (the coarse pass of a search).
     */
    static LogoTemplate of(String variant, BufferedImage logo, int width, int height, int maxPoints) {
        BufferedImage scaled = ImageScaler.scaleShared(logo, width, height, true);
        int[] argb = scaled.getRGB(0, 0, width, height, null, 0, width);
        double[] alphaMap = new double[argb.length];
        double[] alphaLumaMap = new double[argb.length];
        for (int i = 0; i < argb.length; i++) {
            alphaMap[i] = (argb[i] >>> 24) / 255.0;
            alphaLumaMap[i] = alphaMap[i] * luma(argb[i]);
        }
        // The same blur as the image's (LumaImage.soften), with transparency around the logo.
        soften(alphaMap, width, height);
        soften(alphaLumaMap, width, height);
        int step = maxPoints > 0 ? Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / maxPoints))) : 1;
        int capacity = ((width + step - 1) / step) * ((height + step - 1) / step);
        int[] dx = new int[capacity];
        int[] dy = new int[capacity];
        double[] a = new double[capacity];
        double[] ay = new double[capacity];
        int m = 0;
        for (int y = step / 2; y < height; y += step) {
            for (int x = step / 2; x < width; x += step) {
                dx[m] = x;
                dy[m] = y;
                a[m] = alphaMap[y * width + x];
                ay[m] = alphaLumaMap[y * width + x];
                m++;
            }
        }
        dx = Arrays.copyOf(dx, m);
        dy = Arrays.copyOf(dy, m);
        a = Arrays.copyOf(a, m);
        ay = Arrays.copyOf(ay, m);

        // The coarse pass makes do with a quadratic surface, which is cheaper; the close search uses a cubic one.
        int termCount = maxPoints > 0 ? COARSE_BACKGROUND_TERMS : BACKGROUND_TERMS;
        double[][] terms = new double[termCount][m];
        for (int i = 0; i < m; i++) {
            double u = 2.0 * dx[i] / Math.max(1, width - 1) - 1;
            double v = 2.0 * dy[i] / Math.max(1, height - 1) - 1;
            terms[0][i] = u;
            terms[1][i] = v;
            if (termCount > 2) {
                terms[2][i] = u * u;
                terms[3][i] = u * v;
                terms[4][i] = v * v;
            }
            if (termCount > 5) {
                terms[5][i] = u * u * u;
                terms[6][i] = u * u * v;
                terms[7][i] = u * v * v;
                terms[8][i] = v * v * v;
            }
        }
        int kept = 0;
        double[][] basis = new double[termCount][];
        for (double[] t : terms) {
            double[] q = orthogonalise(Arrays.copyOf(t, m), basis, kept);
            double norm = Math.sqrt(dot(q, q));
            if (norm > 1e-6) {
                for (int i = 0; i < m; i++) {
                    q[i] /= norm;
                }
                basis[kept++] = q;
            }
        }
        double[] ua = orthogonalise(a.clone(), basis, kept);
        double[] uay = orthogonalise(ay.clone(), basis, kept);
        double g11 = dot(ua, ua);
        double g12 = dot(ua, uay);
        double g22 = dot(uay, uay);
        double det = g11 * g22 - g12 * g12;
        boolean two = g11 > 0 && g22 > 0 && det / (g11 * g22) > ONE_COLOUR;
        double[] inverse = two ? new double[] {g22 / det, -g12 / det, g11 / det}
                : new double[] {g11 > 0 ? 1 / g11 : 0, 0, 0};

        float[] bg = new float[termCount * m];
        for (int k = 0; k < kept; k++) {
            for (int i = 0; i < m; i++) {
                bg[k * m + i] = (float) basis[k][i];
            }
        }
        double opaque = 0;
        double sumY = 0;
        double sumY2 = 0;
        double[] shares = new double[LUMA_BINS];
        for (int p : argb) {
            if ((p >>> 24) >= 128) {
                double yv = luma(p);
                opaque++;
                sumY += yv;
                sumY2 += yv * yv;
                shares[Math.min(LUMA_BINS - 1, (int) (yv * LUMA_BINS))]++;
            }
        }
        for (int i = 0; i < LUMA_BINS; i++) {
            shares[i] = opaque > 0 ? shares[i] / opaque : 0;
        }
        return new LogoTemplate(variant, width, height, dx, dy, termCount, bg, toFloats(ua), toFloats(uay), inverse, two,
                opaque > 0 ? sumY / opaque : 0, opaque > 0 ? sumY2 / opaque : 0, shares);
    }

    /** A [1 2 1]/4 blur across and down with zeros (full transparency) outside. */
    private static void soften(double[] v, int w, int h) {
        double[] line = new double[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            for (int x = 0; x < w; x++) {
                double left = x > 0 ? v[base + x - 1] : 0;
                double right = x < w - 1 ? v[base + x + 1] : 0;
                line[x] = 0.25 * left + 0.5 * v[base + x] + 0.25 * right;
            }
            System.arraycopy(line, 0, v, base, w);
        }
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                double up = y > 0 ? v[(y - 1) * w + x] : 0;
                double down = y < h - 1 ? v[(y + 1) * w + x] : 0;
                line[y] = 0.25 * up + 0.5 * v[y * w + x] + 0.25 * down;
            }
            for (int y = 0; y < h; y++) {
                v[y * w + x] = line[y];
            }
        }
    }

    /** {@code v} minus its mean and its projections on the first {@code count} (orthonormal) basis vectors. */
    private static double[] orthogonalise(double[] v, double[][] basis, int count) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        for (int i = 0; i < v.length; i++) {
            v[i] -= mean;
        }
        for (int k = 0; k < count; k++) {
            double d = dot(v, basis[k]);
            for (int i = 0; i < v.length; i++) {
                v[i] -= d * basis[k][i];
            }
        }
        return v;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static float[] toFloats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    private static double luma(int p) {
        return (0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff)) / 255.0;
    }

    /**
     * How far most of the logo stands out: the median, over the logo's opaque pixels, of the fitted
     * luma difference |b1 + b2·Y| from the background. A logo whose wordmark melts into the
     * background while a small accent still shows has a low median, though not a low RMS.
     */
    double medianContrast(double b1, double b2) {
        double[] diff = new double[LUMA_BINS];
        Integer[] order = new Integer[LUMA_BINS];
        for (int i = 0; i < LUMA_BINS; i++) {
            diff[i] = Math.abs(b1 + b2 * (i + 0.5) / LUMA_BINS);
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(diff[x], diff[y]));
        double cumulative = 0;
        for (int i : order) {
            cumulative += lumaShares[i];
            if (cumulative >= 0.5) {
                return diff[i];
            }
        }
        return 0;
    }

    /**
     * The opacity the logo appears drawn at: the slope of a·Y, 1 for a logo drawn as it is, 0.15 for
     * one drawn at 15%. NaN for a one-colour logo, whose opacity cannot be told from its contrast.
     */
    double opacity(double b2) {
        return twoRegressors ? b2 : Double.NaN;
    }

    /** Offsets of the sample points in an image of the given row stride. */
    int[] offsets(int stride) {
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = dy[i] * stride + dx[i];
        }
        return offsets;
    }

    /**
     * Match score (0..1) of the patch whose top-left is at {@code base} in {@code luma}. The fit goes
     * to {@code fit}: the RMS luma difference between logo and background (0..1), then the slopes
     * of a and a·Y, which {@link #medianContrast} reads.
     */
    double score(float[] luma, int base, int[] offsets, double[] fit) {
        double sp = 0;
        double spp = 0;
        double s1 = 0;
        double s2 = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        double t4 = 0;
        double t5 = 0;
        double t6 = 0;
        double t7 = 0;
        double t8 = 0;
        float[] q = background;
        int m = n;
        if (terms == 5) {
            for (int i = 0; i < m; i++) {
                float p = luma[base + offsets[i]];
                sp += p;
                spp += p * p;
                s1 += alpha[i] * p;
                s2 += alphaLuma[i] * p;
                t0 += q[i] * p;
                t1 += q[m + i] * p;
                t2 += q[2 * m + i] * p;
                t3 += q[3 * m + i] * p;
                t4 += q[4 * m + i] * p;
            }
        } else {
            for (int i = 0; i < m; i++) {
                float p = luma[base + offsets[i]];
                sp += p;
                spp += p * p;
                s1 += alpha[i] * p;
                s2 += alphaLuma[i] * p;
                t0 += q[i] * p;
                t1 += q[m + i] * p;
                t2 += q[2 * m + i] * p;
                t3 += q[3 * m + i] * p;
                t4 += q[4 * m + i] * p;
                t5 += q[5 * m + i] * p;
                t6 += q[6 * m + i] * p;
                t7 += q[7 * m + i] * p;
                t8 += q[8 * m + i] * p;
            }
        }
        double residual = spp - sp * sp / m - (t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3 + t4 * t4 + t5 * t5 + t6 * t6
                + t7 * t7 + t8 * t8);
        // Nothing left once the smooth background is removed (under about 1/255 of luma spread): no shape to match.
        if (residual <= m * 1e-5) {
            fit[0] = 0;
            fit[1] = 0;
            fit[2] = 0;
            return 0;
        }
        double b1 = inv11 * s1 + inv12 * s2;
        double b2 = twoRegressors ? inv12 * s1 + inv22 * s2 : 0;
        double explained = b1 * s1 + b2 * s2;
        // Logo minus background at an opaque pixel of luma Y is b1 + b2·Y; its RMS over the logo.
        fit[0] = Math.sqrt(Math.max(0, b1 * b1 + 2 * b1 * b2 * meanY + b2 * b2 * meanY2));
        fit[1] = b1;
        fit[2] = b2;
        // A logo drawn with its tones inverted (b2 < 0) is not the logo.
        if (twoRegressors && b2 <= 0) {
            return 0;
        }
        return Math.sqrt(Math.max(0, Math.min(1, explained / residual)));
    }
}
