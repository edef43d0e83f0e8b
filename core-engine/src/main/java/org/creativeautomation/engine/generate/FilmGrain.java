package org.creativeautomation.engine.generate;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Fine luminance noise over the finished render. Photographs always carry some; without it smooth
 * studio gradients look synthetic and band into visible steps once compressed.
 */
final class FilmGrain {
    private final int amplitude;

    /** @param amplitude the largest change per channel, in 8-bit levels */
    FilmGrain(int amplitude) {
        this.amplitude = amplitude;
    }

    /** Adds grain in place to an {@code TYPE_INT_RGB} image. */
    void apply(BufferedImage image, long seed) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        long state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
        for (int i = 0; i < pixels.length; i++) {
            // xorshift64: a whole-image loop needs a generator cheaper than SplittableRandom's calls.
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            // Two uniform bytes summed give a triangular distribution: grain without hard speckles.
            int noise = (int) (((state & 0xff) + ((state >>> 8) & 0xff) - 255) * amplitude / 255);
            if (noise == 0) {
                continue;
            }
            int rgb = pixels[i];
            int r = clamp(((rgb >> 16) & 0xff) + noise);
            int g = clamp(((rgb >> 8) & 0xff) + noise);
            int b = clamp((rgb & 0xff) + noise);
            pixels[i] = (rgb & 0xff000000) | (r << 16) | (g << 8) | b;
        }
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : Math.min(255, value);
    }
}
