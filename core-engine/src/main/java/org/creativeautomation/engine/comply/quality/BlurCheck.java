package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code quality.blurry} (warning): the photo is soft — out of focus, smeared or blurred.
 *
 * <p>Measured on the {@link PhotoArea} (greyscale, about 512 px on the long side, designed areas
 * left out) as the variance of the Laplacian divided by the mean squared gradient. The raw
 * variance of the Laplacian also grows with contrast, so on its own it cannot tell a soft
 * low-contrast studio render from a blurred high-contrast photo; dividing by the gradient energy
 * keeps only how abrupt the edges are. For an edge blurred with a Gaussian of σ samples the ratio
 * falls as 1/(2σ²), whatever the edge's contrast.
 *
 * <p>Calibration ({@code QualityCalibration} in the tests; every kit × ratio, sharpness of the
 * photo area with the layout present):
 * <ul>
 *   <li>the example photos (sparkling-water.jpg, trail-runner.jpg) as composed: 1.58 – 2.86;</li>
 *   <li>offline generated heroes (six products, two seeds, deliberately soft studio renders): 1.68 – 2.71;</li>
 *   <li>the same creatives with the cropped hero Gaussian-blurred at canvas size:
 *       σ 2 px 0.43 – 1.40 (slightly soft, not required to fire), σ 3 px 0.19 – 0.87,
 *       σ 4 px 0.12 – 0.58, σ 6 px 0.09 – 0.52, σ 8 px 0.08 – 0.59.</li>
 * </ul>
 * The threshold {@value #THRESHOLD} sits 1.6x below the softest compliant creative and 1.7x above
 * the sharpest 4 px blur. The raw variance of the Laplacian overlapped: 24 for the softest
 * compliant render against 41 for the sharpest 4 px blur.
 *
 * <p>Limits: noise and JPEG blocking add abrupt detail, so a noisy soft photo can pass; an image
 * made elsewhere is judged whole, and sharp type drawn over a soft photo can hide the softness.
 */
public final class BlurCheck implements Check {
    static final double THRESHOLD = 1.0;
    /** Below this mean squared gradient (luma levels²) the photo is too featureless to judge (the blank check's case). */
    static final double MIN_GRADIENT_ENERGY = 0.5;
    /** Fewer photo samples than this (about 1% of a creative) say too little to judge. */
    static final int MIN_SAMPLES = 1000;

    private final PhotoSamples samples;

    public BlurCheck() {
        this(new PhotoSamples());
    }

    BlurCheck(PhotoSamples samples) {
        this.samples = samples;
    }

    @Override
    public String name() {
        return "sharpness";
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        PhotoArea area = samples.of(creative);
        OptionalDouble measured = sharpness(area);
        if (measured.isEmpty() || measured.getAsDouble() >= THRESHOLD) {
            return List.of();
        }
        String value = String.format(Locale.ROOT, "%.2f", measured.getAsDouble());
        return List.of(Finding.of(CheckId.QUALITY_BLURRY, Severity.WARNING,
                "the photo looks soft: its edges are blurred (out of focus, smeared or enlarged)",
                area.bounds(true, false), "sharpness " + value,
                String.format(Locale.ROOT, ">= %.2f", THRESHOLD)));
    }

    /**
     * Variance of the Laplacian over the mean squared gradient of the photo samples whose four
     * neighbours are photo too (so no designed edge counts); empty when there is too little to judge.
     */
    static OptionalDouble sharpness(PhotoArea area) {
        int w = area.width();
        int h = area.height();
        double lapSum = 0;
        double lapSquares = 0;
        double gradSquares = 0;
        int n = 0;
        for (int y = 1; y < h - 1; y++) {
            int row = y * w;
            for (int x = 1; x < w - 1; x++) {
                int i = row + x;
                if (!(area.isPhoto(i) && area.isPhoto(i - 1) && area.isPhoto(i + 1) && area.isPhoto(i - w)
                        && area.isPhoto(i + w))) {
                    continue;
                }
                float c = area.luma(i);
                float right = area.luma(i + 1);
                float below = area.luma(i + w);
                float laplacian = 4 * c - area.luma(i - 1) - right - area.luma(i - w) - below;
                float gx = right - c;
                float gy = below - c;
                lapSum += laplacian;
                lapSquares += laplacian * laplacian;
                gradSquares += gx * gx + gy * gy;
                n++;
            }
        }
        if (n < MIN_SAMPLES || gradSquares / n < MIN_GRADIENT_ENERGY) {
            return OptionalDouble.empty();
        }
        double mean = lapSum / n;
        double variance = lapSquares / n - mean * mean;
        return OptionalDouble.of(variance / (gradSquares / n));
    }
}
