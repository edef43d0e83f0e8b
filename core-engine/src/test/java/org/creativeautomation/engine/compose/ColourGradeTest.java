package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.Grading;
import org.creativeautomation.engine.brand.LayoutTemplates;
import org.creativeautomation.engine.brand.RgbColor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColourGradeTest {

    private static ColourGrade grade(double strength) {
        return ColourGrade.of(TestKits.kit(TestKits.PALETTE, List.of(Corner.TOP_RIGHT), 28, 3,
                LayoutTemplates.defaults(), new Grading(strength)));
    }

    @Test
    void isOffUnlessTheKitAsks() {
        assertThat(ColourGrade.of(TestKits.kit())).isEqualTo(ColourGrade.NONE);
    }

    @Test
    void rampsThroughThePaletteDarkToLight() {
        List<RgbColor> ramp = grade(0.5).ramp();

        for (int i = 1; i < ramp.size(); i++) {
            assertThat(ramp.get(i).luminance()).isGreaterThanOrEqualTo(ramp.get(i - 1).luminance());
        }
        assertThat(ramp).contains(TestKits.PRIMARY, TestKits.BACKGROUND).doesNotContain(TestKits.ACCENT);
    }

    @Test
    void atFullStrengthAPixelAtAPaletteColoursBrightnessTakesThatColour() {
        RgbColor primary = TestKits.PRIMARY;
        int luma = (primary.red() * 77 + primary.green() * 150 + primary.blue() * 29) >> 8;
        int[] grey = {(luma << 16) | (luma << 8) | luma};

        grade(1).apply(grey, 0, 1);

        RgbColor graded = new RgbColor((grey[0] >> 16) & 0xff, (grey[0] >> 8) & 0xff, grey[0] & 0xff);
        assertThat(Math.abs(graded.red() - primary.red()) + Math.abs(graded.green() - primary.green())
                + Math.abs(graded.blue() - primary.blue())).isLessThanOrEqualTo(12);
    }

    @Test
    void aWeakGradeMovesAPhotoOnlyPartWayAndKeepsBlackAndWhite() {
        int[] pixels = {0x000000, 0xFFFFFF, 0x808080};

        grade(0.2).apply(pixels, 0, 3);

        assertThat(pixels[0]).isEqualTo(0x000000);
        assertThat(pixels[1]).isEqualTo(0xFFFFFF);
        int g = pixels[2];
        assertThat(Math.abs(((g >> 16) & 0xff) - 0x80) + Math.abs(((g >> 8) & 0xff) - 0x80) + Math.abs((g & 0xff) - 0x80))
                .isBetween(1, 60);
    }
}
