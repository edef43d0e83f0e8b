package org.creativeautomation.engine.comply.quality;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * How far an image's brightness varies: the luma's standard deviation and the share of samples
 * that fall within {@value #TONE_WIDTH} luma levels of each other. Both are needed: a flat colour
 * with a line of text on it spreads the deviation but not the tones. Shared by the blank-image
 * check on creatives and the quality gate on freshly generated heroes, so both judge "blank" alike.
 */
public final class ToneSpread {
    /** Below this standard deviation of luma (0-255) an image is near-uniform. */
    public static final double MIN_STD_DEV = 3.0;
    /** Above this share of samples in one tone an image is near-uniform. */
    public static final int MAX_ONE_TONE_PERCENT = 97;
    static final int TONE_WIDTH = 8;
    /** Samples along an image's long side when measuring a whole image: plenty for a flat-colour verdict. */
    private static final int SAMPLES_ALONG_LONG_SIDE = 256;

    private final int[] histogram = new int[256];
    private double sum;
    private double squares;
    private int count;

    /** The spread of a whole image, sampled on an even grid (alpha is ignored: a generated hero is opaque). */
    public static ToneSpread of(BufferedImage image) {
        ToneSpread spread = new ToneSpread();
        int w = image.getWidth();
        int h = image.getHeight();
        int step = Math.max(1, Math.max(w, h) / SAMPLES_ALONG_LONG_SIDE);
        for (int y = step / 2; y < h; y += step) {
            for (int x = step / 2; x < w; x += step) {
                int rgb = image.getRGB(x, y);
                spread.add(0.299f * ((rgb >> 16) & 0xFF) + 0.587f * ((rgb >> 8) & 0xFF) + 0.114f * (rgb & 0xFF));
            }
        }
        return spread;
    }

    /** Counts one sample of luma 0-255. */
    public void add(float luma) {
        histogram[Math.max(0, Math.min(255, Math.round(luma)))]++;
        sum += luma;
        squares += (double) luma * luma;
        count++;
    }

    public int count() {
        return count;
    }

    public double stdDev() {
        if (count == 0) {
            return 0;
        }
        double mean = sum / count;
        return Math.sqrt(Math.max(0, squares / count - mean * mean));
    }

    /** The percentage of samples in the fullest run of {@value #TONE_WIDTH} adjacent luma levels. */
    public double oneTonePercent() {
        if (count == 0) {
            return 0;
        }
        int window = 0;
        for (int i = 0; i < TONE_WIDTH; i++) {
            window += histogram[i];
        }
        int most = window;
        for (int i = TONE_WIDTH; i < histogram.length; i++) {
            window += histogram[i] - histogram[i - TONE_WIDTH];
            most = Math.max(most, window);
        }
        return 100.0 * most / count;
    }

    /** Whether the samples read as one flat colour; false with no samples, which say nothing. */
    public boolean isNearUniform() {
        return count > 0 && (stdDev() < MIN_STD_DEV || oneTonePercent() > MAX_ONE_TONE_PERCENT);
    }

    /** The measurement as findings and rejections state it. */
    public String describe() {
        return String.format(Locale.ROOT, "luma std dev %.1f, %.1f%% in one tone", stdDev(), oneTonePercent());
    }

    /** The rule as findings state it. */
    public static String rule() {
        return String.format(Locale.ROOT, "std dev >= %.1f and <= %d%% in one tone", MIN_STD_DEV, MAX_ONE_TONE_PERCENT);
    }
}
