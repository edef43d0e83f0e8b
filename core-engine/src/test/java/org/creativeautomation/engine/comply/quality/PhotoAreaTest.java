package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Ratio;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoAreaTest {

    private static CreativeUnderCheck foreign(BufferedImage pixels) {
        return new CreativeUnderCheck(pixels, null, null, null, null, null, null);
    }

    private static int sampleAt(PhotoArea area, int canvasX, int canvasY) {
        return (canvasY / area.factor()) * area.width() + canvasX / area.factor();
    }

    @Test
    void reducesAStoryCreativeToAboutFiveHundredPixelsOnItsLongSide() {
        PhotoArea area = PhotoArea.of(foreign(PhotoEdits.flat(1080, 1920, Color.GRAY)));

        assertThat(area.factor()).isEqualTo(4);
        assertThat(area.width()).isEqualTo(270);
        assertThat(area.height()).isEqualTo(480);
    }

    @Test
    void leavesTheScrimTextCtaAndLogoOutOfThePhoto() {
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.STORY,
                ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER), ShippedCreatives.SUMMER_COPY);
        PhotoArea area = PhotoArea.of(composed.creative());
        Box logo = composed.layout().logo().box();
        Box cta = composed.layout().cta().box();
        Box band = composed.layout().scrim().band();

        assertThat(area.kind(sampleAt(area, logo.x() + logo.width() / 2, logo.y() + logo.height() / 2)))
                .isEqualTo(PhotoArea.DESIGNED);
        assertThat(area.kind(sampleAt(area, cta.x() + cta.width() / 2, cta.y() + cta.height() / 2)))
                .isEqualTo(PhotoArea.DESIGNED);
        assertThat(area.kind(sampleAt(area, 540, band.y() + 2))).isEqualTo(PhotoArea.DESIGNED);
        assertThat(area.kind(sampleAt(area, 540, band.y() - 40))).isEqualTo(PhotoArea.PHOTO);
        assertThat(area.bounds(true, false).bottom()).isLessThanOrEqualTo(band.y());
    }

    @Test
    void marksTheKitBackdropSeenThroughACutOutHero() {
        BufferedImage cutOut = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = cutOut.createGraphics();
        g.drawImage(ShippedCreatives.example(ShippedCreatives.TRAIL_RUNNER).image(), 700, 700, 600, 600, null);
        g.dispose();
        ShippedCreatives.Hero hero = new ShippedCreatives.Hero("cut-out", cutOut, new Box(700, 700, 600, 600), false);
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.STRIDE, Ratio.SQUARE, hero,
                ShippedCreatives.TRAIL_COPY);
        PhotoArea area = PhotoArea.of(composed.creative());

        assertThat(area.kind(sampleAt(area, 30, 500))).isEqualTo(PhotoArea.BACKDROP);
        assertThat(area.kind(sampleAt(area, 540, 540))).isEqualTo(PhotoArea.PHOTO);
    }

    @Test
    void countsClippedHighlightsAndCrushedShadowsPixelByPixel() {
        BufferedImage image = PhotoEdits.flat(600, 300, new Color(128, 128, 128));
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 150, 300);
        g.setColor(new Color(4, 4, 4));
        g.fillRect(150, 0, 60, 300);
        g.dispose();
        PhotoArea area = PhotoArea.of(foreign(image));
        long highlights = 0;
        long shadows = 0;
        for (int i = 0; i < area.width() * area.height(); i++) {
            highlights += area.highlights(i);
            shadows += area.shadows(i);
        }

        assertThat(highlights).isEqualTo(150L * 300);
        assertThat(shadows).isEqualTo(60L * 300);
    }

    @Test
    void readsDecodedByteImagesAndSubImagesLikePackedOnes() {
        BufferedImage photo = ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER).image();
        BufferedImage packed = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = packed.createGraphics();
        g.drawImage(photo, 0, 0, null);
        g.dispose();
        PhotoArea fromPacked = PhotoArea.of(foreign(packed.getSubimage(300, 200, 1200, 900)));
        PhotoArea fromBytes = PhotoArea.of(foreign(photo.getSubimage(300, 200, 1200, 900)));

        assertThat(photo.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(fromBytes.width()).isEqualTo(fromPacked.width());
        for (int i = 0; i < fromPacked.width() * fromPacked.height(); i += 97) {
            assertThat(fromBytes.luma(i)).isEqualTo(fromPacked.luma(i));
        }
    }

    @Test
    void readsASubImageFromItsOwnOrigin() {
        BufferedImage sheet = PhotoEdits.flat(1600, 1200, Color.WHITE);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(300, 200, 2, 2);
        g.dispose();
        PhotoArea area = PhotoArea.of(foreign(sheet.getSubimage(300, 200, 900, 600)));

        assertThat(area.factor()).isEqualTo(2);
        assertThat(area.luma(0)).isZero();
        assertThat(area.luma(1)).isEqualTo(255f);
        assertThat(area.luma(area.width())).isEqualTo(255f);
    }
}
