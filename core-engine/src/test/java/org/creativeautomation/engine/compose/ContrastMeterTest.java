package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ContrastMeterTest {
    private static final RgbColor WHITE = new RgbColor(255, 255, 255);
    private static final RgbColor BLACK = new RgbColor(0, 0, 0);

    private static int[] pixels(int dark, int bright) {
        int[] p = new int[dark + bright];
        Arrays.fill(p, 0, dark, 0x000000);
        Arrays.fill(p, dark, p.length, 0xFFFFFF);
        return p;
    }

    @Test
    void aBrightPatchOverFivePercentOfTheLineDecidesItsContrast() {
        assertThat(ContrastMeter.contrast(pixels(94, 6), WHITE, BLACK, 0)).isCloseTo(1.0, within(0.01));
        assertThat(ContrastMeter.contrast(pixels(96, 4), WHITE, BLACK, 0)).isCloseTo(21.0, within(0.01));
    }

    @Test
    void aScrimOverThePhotoRaisesTheContrastItMeasures() {
        int[] grey = new int[100];
        Arrays.fill(grey, 0x909090);

        double bare = ContrastMeter.contrast(grey, WHITE, BLACK, 0);
        double veiled = ContrastMeter.contrast(grey, WHITE, BLACK, 0.5);

        assertThat(bare).isLessThan(4.5);
        assertThat(veiled).isGreaterThan(bare);
    }

    @Test
    void findsTheWeakestScrimThatReachesTheTarget() {
        int[] light = new int[400];
        Arrays.fill(light, 0xD8D8D8);

        double opacity = ContrastMeter.opacityFor(light, WHITE, BLACK, 4.95);

        assertThat(ContrastMeter.contrast(light, WHITE, BLACK, opacity)).isGreaterThanOrEqualTo(4.95);
        assertThat(ContrastMeter.contrast(light, WHITE, BLACK, opacity - 0.01)).isLessThan(4.95);
    }

    @Test
    void needsNoScrimWhereThePhotoAloneIsEnough() {
        int[] dark = new int[100];
        Arrays.fill(dark, 0x202020);

        assertThat(ContrastMeter.opacityFor(dark, WHITE, BLACK, 4.95)).isZero();
    }

    @Test
    void samplesEveryPixelUnderASmallBoxAndThinsALargeOneEvenly() {
        int[] rgb = new int[200 * 100];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = i;
        }
        MeasuredCanvas canvas = new MeasuredCanvas(200, 100, 0.5, rgb);

        assertThat(ContrastMeter.under(canvas, new Box(0, 0, 40, 20))).hasSize(20 * 10);
        assertThat(ContrastMeter.under(canvas, new Box(0, 0, 400, 200)).length)
                .isBetween(ContrastMeter.MAX_SAMPLES / 4, ContrastMeter.MAX_SAMPLES);
    }
}
