package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageSize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Picks the size to ask a provider for, so that one image per product serves every ratio the
 * brief asks for. Each ratio's creative is cut from the image as the largest crop of its aspect;
 * the crop's width over the creative's width (1080 for a 1:1, 1920 for a 16:9, ...) is its
 * effective resolution, below 1 when the crop has to be enlarged. The chosen size maximises the
 * smallest effective resolution over the ratios asked for. Ties (common with a provider's few
 * fixed sizes) go to the size whose worst crop keeps the most of the image, since the product is
 * framed centred with room around it and survives a crop that keeps more; then to the fewer pixels,
 * which cost less.
 *
 * <p>That gives a square for mixed ratios, and a portrait or landscape size when every ratio leans
 * one way. A provider that takes any size is offered a set of common aspects (and the ratios
 * themselves) at {@link #maxLongSide} on the long side, in multiples of {@value #STEP} pixels,
 * which local diffusion models need.
 */
public final class GenerationSize {

    /** The long side asked of providers that take any size: well above every creative's long side. */
    public static final int DEFAULT_MAX_LONG_SIDE = 2048;
    static final int STEP = 64;
    /** Effective resolutions this close count as equal: a few pixels of crop make no visible difference. */
    private static final double SAME = 0.005;
    private static final int[][] ASPECTS = {{1, 1}, {4, 5}, {3, 4}, {2, 3}, {9, 16}, {5, 4}, {4, 3}, {3, 2}, {16, 9},
            {2, 1}};

    private final int maxLongSide;

    public GenerationSize() {
        this(DEFAULT_MAX_LONG_SIDE);
    }

    public GenerationSize(int maxLongSide) {
        if (maxLongSide < STEP) {
            throw new IllegalArgumentException("the longest side must be at least " + STEP + ", was " + maxLongSide);
        }
        this.maxLongSide = maxLongSide;
    }

    public int maxLongSide() {
        return maxLongSide;
    }

    /** The size to ask a provider with these capabilities for, to serve these ratios. */
    public ImageSize choose(ImageCapabilities capabilities, List<Ratio> ratios) {
        Objects.requireNonNull(capabilities, "capabilities");
        if (ratios.isEmpty()) {
            throw new IllegalArgumentException("no ratios to serve");
        }
        List<ImageSize> candidates = capabilities.sizes().isEmpty() ? anySize(ratios) : listed(capabilities.sizes());
        return candidates.stream().map(size -> new Fit(size, ratios))
                .max(Comparator.<Fit>naturalOrder())
                .orElseThrow()
                .size();
    }

    /** How well one image of {@code size} serves {@code ratio}: its crop's width over the creative's. */
    public static double effectiveResolution(ImageSize size, Ratio ratio) {
        return cropWidth(size, ratio) / ratio.width();
    }

    /** The share of the image's area the largest crop of the ratio keeps. */
    static double coverage(ImageSize size, Ratio ratio) {
        double cropWidth = cropWidth(size, ratio);
        double cropHeight = cropWidth * ratio.height() / ratio.width();
        return cropWidth * cropHeight / ((double) size.width() * size.height());
    }

    private static double cropWidth(ImageSize size, Ratio ratio) {
        double aspect = (double) ratio.width() / ratio.height();
        return Math.min(size.width(), size.height() * aspect);
    }

    /** A provider's listed sizes within the long-side limit; all of them when none fits. */
    private List<ImageSize> listed(List<ImageSize> sizes) {
        List<ImageSize> within = sizes.stream()
                .filter(s -> Math.max(s.width(), s.height()) <= maxLongSide).toList();
        return within.isEmpty() ? sizes : within;
    }

    private List<ImageSize> anySize(List<Ratio> ratios) {
        Set<ImageSize> sizes = new LinkedHashSet<>();
        for (int[] aspect : ASPECTS) {
            sizes.add(atLongSide(aspect[0], aspect[1]));
        }
        for (Ratio ratio : ratios) {
            sizes.add(atLongSide(ratio.width(), ratio.height()));
        }
        return new ArrayList<>(sizes);
    }

    private ImageSize atLongSide(int aspectWidth, int aspectHeight) {
        int longSide = maxLongSide / STEP * STEP;
        if (aspectWidth >= aspectHeight) {
            return new ImageSize(longSide, roundedToStep((double) longSide * aspectHeight / aspectWidth));
        }
        return new ImageSize(roundedToStep((double) longSide * aspectWidth / aspectHeight), longSide);
    }

    private static int roundedToStep(double pixels) {
        return Math.max(STEP, (int) Math.round(pixels / STEP) * STEP);
    }

    /** A candidate size, ordered from worse to better. */
    private record Fit(ImageSize size, double worstResolution, double worstCoverage) implements Comparable<Fit> {
        Fit(ImageSize size, List<Ratio> ratios) {
            this(size,
                    ratios.stream().mapToDouble(r -> effectiveResolution(size, r)).min().orElseThrow(),
                    ratios.stream().mapToDouble(r -> coverage(size, r)).min().orElseThrow());
        }

        @Override
        public int compareTo(Fit other) {
            double scale = Math.max(worstResolution, other.worstResolution);
            if (Math.abs(worstResolution - other.worstResolution) > SAME * scale) {
                return Double.compare(worstResolution, other.worstResolution);
            }
            if (Math.abs(worstCoverage - other.worstCoverage) > SAME) {
                return Double.compare(worstCoverage, other.worstCoverage);
            }
            return Long.compare(pixels(other.size), pixels(size));
        }

        private static long pixels(ImageSize size) {
            return (long) size.width() * size.height();
        }
    }
}
