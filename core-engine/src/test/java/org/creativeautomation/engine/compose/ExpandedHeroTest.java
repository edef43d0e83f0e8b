package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ExpandedHeroTest {
    private static final int MODEL_COLOUR = 0xff20e020;
    private static final CanvasExtension COMPOSER = new CanvasExtension(ExtensionFill.BACKDROP, 90, 180, 0, 0, null);

    /** Noise, so a pixel moved, blurred or recoloured by even one level shows. */
    private static BufferedImage noise(int w, int h, int type, long seed) {
        BufferedImage image = new BufferedImage(w, h, type);
        SplittableRandom random = new SplittableRandom(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int alpha = type == BufferedImage.TYPE_INT_ARGB ? random.nextInt(256) : 255;
                image.setRGB(x, y, alpha << 24 | random.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static BufferedImage flat(int w, int h, int argb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(argb, true));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    @Test
    void everyOriginalPixelIsLaidBackUnchangedWhereItWas() {
        BufferedImage original = noise(300, 200, BufferedImage.TYPE_INT_RGB, 11);
        HeroReach reach = new HeroReach(0, 50, 0, 100, COMPOSER);

        ExpandedHero expanded = ExpandedHero.of(original, flat(300, 350, MODEL_COLOUR), reach);

        assertThat(expanded.image().getWidth()).isEqualTo(300);
        assertThat(expanded.image().getHeight()).isEqualTo(350);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                assertThat(expanded.image().getRGB(x, y + 50)).as("pixel %d,%d", x, y).isEqualTo(original.getRGB(x, y));
            }
        }
    }

    @Test
    void theModelsMarginsFillTheRestAndFadeInOnlyOutsideTheOriginal() {
        BufferedImage original = flat(300, 200, 0xff808080);
        HeroReach reach = new HeroReach(40, 50, 10, 100, COMPOSER);

        BufferedImage image = ExpandedHero.of(original, flat(350, 350, MODEL_COLOUR), reach).image();

        assertThat(image.getRGB(200, 0)).as("far above: the model's").isEqualTo(MODEL_COLOUR);
        assertThat(image.getRGB(200, 349)).as("far below").isEqualTo(MODEL_COLOUR);
        assertThat(image.getRGB(0, 150)).as("far left").isEqualTo(MODEL_COLOUR);
        int seam = (image.getRGB(200, 49) >> 16) & 0xff;
        int fading = (image.getRGB(200, 47) >> 16) & 0xff;
        assertThat(seam).as("next to the original: mostly its edge colour (red 0x80, the model's 0x20)")
                .isGreaterThan(0x70);
        assertThat(fading).as("a little further out: between the two").isLessThan(seam).isGreaterThan(0x20);
    }

    @Test
    void aModelAnswerOfAnotherSizeIsScaledToTheExpandedCanvas() {
        BufferedImage original = noise(120, 80, BufferedImage.TYPE_INT_RGB, 3);
        HeroReach reach = new HeroReach(0, 20, 0, 40, COMPOSER);

        ExpandedHero expanded = ExpandedHero.of(original, flat(60, 70, MODEL_COLOUR), reach);

        assertThat(expanded.image().getWidth()).isEqualTo(120);
        assertThat(expanded.image().getHeight()).isEqualTo(140);
        assertThat(expanded.image().getRGB(60, 139)).isEqualTo(MODEL_COLOUR);
        assertThat(expanded.image().getRGB(7, 20 + 9)).isEqualTo(original.getRGB(7, 9));
    }

    @Test
    void aTranslucentHeroKeepsItsAlphaExactly() {
        BufferedImage original = noise(64, 48, BufferedImage.TYPE_INT_ARGB, 5);
        HeroReach reach = new HeroReach(8, 0, 8, 0, COMPOSER);

        BufferedImage image = ExpandedHero.of(original, flat(80, 48, MODEL_COLOUR), reach).image();

        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                assertThat(image.getRGB(x + 8, y)).isEqualTo(original.getRGB(x, y));
            }
        }
    }

    @Test
    void boxesOfTheOriginalMoveByTheMarginsBeforeThem() {
        ExpandedHero expanded = new ExpandedHero(flat(10, 10, 0), new HeroReach(3, 4, 5, 6, COMPOSER));

        assertThat(expanded.shifted(new Box(10, 20, 30, 40))).isEqualTo(new Box(13, 24, 30, 40));
    }
}
