package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SaliencyMapTest {

    @Test
    void productStandsOutFromItsStudioBackdrop() {
        GeneratedHeroes.Hero hero = GeneratedHeroes.CENTRED.draw();
        SaliencyMap map = SaliencyMap.of(hero.image());
        Box p = hero.subject();

        double inside = map.mean(p.x(), p.y(), p.right(), p.bottom());
        double left = map.mean(0, 0, p.x() - 100, hero.image().getHeight());

        assertThat(inside).isGreaterThan(6 * left);
    }

    @Test
    void aLongCastShadowIsDampedWellBelowTheProduct() {
        GeneratedHeroes.Hero hero = GeneratedHeroes.LONG_SHADOW.draw();
        SaliencyMap map = SaliencyMap.of(hero.image());
        Box p = hero.subject();
        // the shadow runs from the product's foot to the right edge, a few hundred pixels high
        double shadow = map.mean(p.right() + 200, p.bottom() - 300, 2300, p.bottom() + 20);
        double product = map.mean(p.x(), p.y(), p.right(), p.bottom());

        assertThat(shadow).isLessThan(0.15 * product);
    }

    @Test
    void sharpDetailOutweighsAnOutOfFocusBackground() {
        BufferedImage photo = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        // soft blobs: a background far out of focus
        for (int i = 0; i < 12; i++) {
            int x = (i * 373) % 1600;
            int y = (i * 211) % 1200;
            for (int r = 260; r > 0; r -= 20) {
                g.setColor(new Color(60 + r / 8, 140 - r / 10, 70, 40));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        // a crisp striped label in focus at the lower right
        for (int s = 0; s < 20; s++) {
            g.setColor(s % 2 == 0 ? new Color(30, 90, 160) : new Color(235, 235, 235));
            g.fillRect(1100 + s * 12, 700, 12, 300);
        }
        g.dispose();
        SaliencyMap map = SaliencyMap.of(photo);

        assertThat(map.mean(1100, 700, 1340, 1000)).isGreaterThan(2 * map.mean());
    }

    @Test
    void sumsRectanglesGivenInThePhotosPixels() {
        BufferedImage photo = GeneratedHeroes.OFF_CENTRE.draw().image();
        SaliencyMap map = SaliencyMap.of(photo);
        double total = map.total();

        assertThat(map.sum(0, 0, photo.getWidth(), photo.getHeight())).isCloseTo(total, within(total * 1e-9));
        assertThat(map.sum(0, 0, 1000, photo.getHeight()) + map.sum(1000, 0, photo.getWidth(), photo.getHeight()))
                .isCloseTo(total, within(total * 1e-6));
        assertThat(map.sum(-500, -500, 0, photo.getHeight())).as("outside the photo").isZero();
    }

    @Test
    void aBlankPhotoHasNothingSalient() {
        assertThat(SaliencyMap.of(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB)).total()).isZero();
    }
}
