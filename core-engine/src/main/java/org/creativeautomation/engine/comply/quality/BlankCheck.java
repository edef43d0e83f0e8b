package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.List;
import java.util.Locale;

/**
 * {@code quality.blank} (error): the photo area is a near-uniform flat colour — a hero that failed
 * to load or render, a fully transparent cut-out, a placeholder. Judged on the {@link PhotoArea}
 * including the kit backdrop seen through a cut-out hero (nothing but backdrop is as empty as
 * nothing at all); an image made elsewhere is judged whole.
 *
 * <p>Fires when the luma's standard deviation is below {@value #MIN_STD_DEV}, or when more than
 * {@value #MAX_ONE_TONE_PERCENT}% of the samples fall within {@value #TONE_WIDTH} luma levels of each
 * other (a flat image with a line of text on it: the text spreads the deviation, not the tones).
 * Compliant creatives from the shipped kits, example photos and offline heroes measure a standard
 * deviation of at least 12.7 and at most 62% of samples in one tone; a flat colour measures 0 and 100%.
 */
public final class BlankCheck implements Check {
    static final double MIN_STD_DEV = 3.0;
    static final int MAX_ONE_TONE_PERCENT = 97;
    static final int TONE_WIDTH = 8;

    private final PhotoSamples samples;

    public BlankCheck() {
        this(new PhotoSamples());
    }

    BlankCheck(PhotoSamples samples) {
        this.samples = samples;
    }

    @Override
    public String name() {
        return "blank image";
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        PhotoArea area = samples.of(creative);
        int[] histogram = new int[256];
        double sum = 0;
        double squares = 0;
        int n = 0;
        int total = area.width() * area.height();
        for (int i = 0; i < total; i++) {
            if (area.kind(i) == PhotoArea.DESIGNED) {
                continue;
            }
            float l = area.luma(i);
            histogram[Math.min(255, Math.round(l))]++;
            sum += l;
            squares += (double) l * l;
            n++;
        }
        if (n == 0) {
            return List.of();
        }
        double mean = sum / n;
        double stdDev = Math.sqrt(Math.max(0, squares / n - mean * mean));
        double oneTone = 100.0 * mostInOneTone(histogram) / n;
        if (stdDev >= MIN_STD_DEV && oneTone <= MAX_ONE_TONE_PERCENT) {
            return List.of();
        }
        return List.of(Finding.of(CheckId.QUALITY_BLANK, Severity.ERROR,
                "the photo area is a near-uniform flat colour: the hero may be missing or failed to render",
                area.bounds(true, true),
                String.format(Locale.ROOT, "luma std dev %.1f, %.1f%% in one tone", stdDev, oneTone),
                String.format(Locale.ROOT, "std dev >= %.1f and <= %d%% in one tone", MIN_STD_DEV,
                        MAX_ONE_TONE_PERCENT)));
    }

    /** The most samples in any run of {@value #TONE_WIDTH} adjacent luma levels. */
    private static int mostInOneTone(int[] histogram) {
        int window = 0;
        for (int i = 0; i < TONE_WIDTH; i++) {
            window += histogram[i];
        }
        int most = window;
        for (int i = TONE_WIDTH; i < histogram.length; i++) {
            window += histogram[i] - histogram[i - TONE_WIDTH];
            most = Math.max(most, window);
        }
        return most;
    }
}
