package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectEstimatorTest {
    private final SubjectEstimator estimator = new SubjectEstimator();

    @Test
    void findsAnOffCentreProductOnAPlainBackdrop() {
        BufferedImage photo = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(235, 235, 230));
        g.fillRect(0, 0, 2400, 1600);
        g.setColor(new Color(200, 40, 30));
        g.fillRect(1500, 500, 400, 700);
        g.dispose();

        Box box = estimator.estimate(photo);

        assertWithin(box, new Box(1500, 500, 400, 700), 60);
    }

    @Test
    void findsTheProductOnAGradientWithGrain() {
        BufferedImage photo = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 220), 0, 2000, new Color(230, 230, 235)));
        g.fillRect(0, 0, 2000, 2000);
        g.setColor(new Color(20, 120, 90));
        g.fillOval(300, 900, 500, 700);
        g.dispose();
        Random random = new Random(3);
        for (int i = 0; i < 20000; i++) {
            int x = random.nextInt(2000);
            int y = random.nextInt(2000);
            int c = photo.getRGB(x, y);
            photo.setRGB(x, y, c ^ 0x080808);
        }

        Box box = estimator.estimate(photo);

        assertWithin(box, new Box(300, 900, 500, 700), 120);
    }

    @Test
    void leavesALongCastShadowOutOfTheProductBox() {
        GeneratedHeroes.Hero packshot = GeneratedHeroes.LONG_SHADOW.draw();

        Box box = estimator.estimate(packshot.image());

        // the shadow reaches 1400 px past the product; a box that followed it would be twice as wide
        assertWithin(box, packshot.subject(), 60);
    }

    @Test
    void findsATallBottleWhoseLightLabelSplitsIt() {
        GeneratedHeroes.Hero bottle = GeneratedHeroes.TALL.draw();

        // within 5% of the bottle's 1720 px height: its faint contact shadow may or may not count
        assertWithin(estimator.estimate(bottle.image()), bottle.subject(), 86);
    }

    @Test
    void findsAProductWiderThanAStoryIsTall() {
        GeneratedHeroes.Hero wide = GeneratedHeroes.WIDE.draw();

        assertWithin(estimator.estimate(wide.image()), wide.subject(), 60);
    }

    @Test
    void findsTheProductOnALightAndOnADarkSweep() {
        for (GeneratedHeroes kind : new GeneratedHeroes[]{GeneratedHeroes.LIGHT, GeneratedHeroes.DARK}) {
            GeneratedHeroes.Hero hero = kind.draw();

            assertWithin(estimator.estimate(hero.image()), hero.subject(), 60);
        }
    }

    @Test
    void aBlankImageGivesTheWholeFrame() {
        BufferedImage blank = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);

        assertThat(estimator.estimate(blank)).isEqualTo(new Box(0, 0, 300, 200));
    }

    private static void assertWithin(Box actual, Box expected, int tolerance) {
        assertThat(Math.abs(actual.x() - expected.x())).as("left of %s", actual).isLessThanOrEqualTo(tolerance);
        assertThat(Math.abs(actual.y() - expected.y())).as("top of %s", actual).isLessThanOrEqualTo(tolerance);
        assertThat(Math.abs(actual.right() - expected.right())).as("right of %s", actual).isLessThanOrEqualTo(tolerance);
        assertThat(Math.abs(actual.bottom() - expected.bottom())).as("bottom of %s", actual).isLessThanOrEqualTo(tolerance);
    }
}
