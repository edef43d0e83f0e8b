package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden comparison tolerates rasteriser noise but catches text that is missing or on the wrong side. */
class PerceptualDiffTest {
    private static final CreativeCopy ARABIC = new CreativeCopy("ar-SA", "انتعش طوال الصيف مع أكمي", "تسوّق الآن",
            "يرجى إعادة التدوير. 330 مل");
    private static final BufferedImage SHEET = TextSheet.render(Ratio.SQUARE, ARABIC, AcmeKit.KIT, AcmeKit.FACES);

    @Test
    void toleratesTextOnePixelOffAndSofterAntiAliasing() {
        BufferedImage shifted = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shifted.createGraphics();
        g.drawImage(SHEET, 1, 0, null);
        g.drawImage(SHEET.getSubimage(0, 0, 1, 1080), 0, 0, null);
        g.dispose();

        assertThat(PerceptualDiff.between(SHEET, shifted).looksTheSame()).isTrue();
        assertThat(PerceptualDiff.between(SHEET, softened(SHEET)).looksTheSame()).isTrue();
        assertThat(PerceptualDiff.between(ScriptGoldenTest.halfSize(SHEET), SHEET).looksTheSame())
                .as("a half-size golden of the same render").isTrue();
    }

    @Test
    void catchesAMissingLine() {
        BufferedImage withoutDisclaimer = TextSheet.render(Ratio.SQUARE,
                new CreativeCopy("ar-SA", ARABIC.message(), ARABIC.cta(), "."), AcmeKit.KIT, AcmeKit.FACES);

        assertThat(PerceptualDiff.between(SHEET, withoutDisclaimer).looksTheSame()).isFalse();
    }

    @Test
    void catchesTextSetOnTheWrongSide() {
        BufferedImage mirrored = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = mirrored.createGraphics();
        g.drawImage(SHEET, 1080, 0, -1080, 1080, null);
        g.dispose();

        assertThat(PerceptualDiff.between(SHEET, mirrored).looksTheSame()).isFalse();
    }

    /** Each pixel averaged with its right-hand neighbour: glyph edges blended differently. */
    private static BufferedImage softened(BufferedImage image) {
        BufferedImage soft = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = image.getRGB(x, y);
                int b = image.getRGB(Math.min(image.getWidth() - 1, x + 1), y);
                int r = (((a >> 16) & 255) + ((b >> 16) & 255)) / 2;
                int gr = (((a >> 8) & 255) + ((b >> 8) & 255)) / 2;
                int bl = ((a & 255) + (b & 255)) / 2;
                soft.setRGB(x, y, (r << 16) | (gr << 8) | bl);
            }
        }
        return soft;
    }
}
