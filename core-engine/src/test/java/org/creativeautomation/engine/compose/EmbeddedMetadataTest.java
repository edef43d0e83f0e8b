package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.asset.AssetDecoder;
import org.creativeautomation.engine.asset.DecodedImage;
import org.creativeautomation.engine.asset.IngestLimits;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMetadataTest {
    private static final String TOOL = "Creative Automation Studio test";

    @Test
    void aJpegFromAnAiHeroCarriesTheIptcSourceTypeAndAnSrgbProfileWithItsPixelsUntouched() throws IOException {
        BufferedImage image = sample();
        Provenance ai = new Provenance(Provenance.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA);

        byte[] tagged = OutputFormat.JPG.encode(image, ai, TOOL);
        byte[] plain = OutputFormat.JPG.encode(image);

        String text = new String(tagged, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("http://ns.adobe.com/xap/1.0/\0")
                .contains("Iptc4xmpExt:DigitalSourceType=\"http://cv.iptc.org/newscodes/digitalsourcetype/"
                        + "compositeWithTrainedAlgorithmicMedia\"")
                .contains("xmp:CreatorTool=\"" + TOOL + "\"");
        DecodedImage decoded = new AssetDecoder().decode(tagged, "tagged.jpg", IngestLimits.defaults());
        // The JDK's own sRGB profile, found in the file (a file without one reads as plain "sRGB").
        assertThat(decoded.colorProfile()).isEqualTo("sRGB built-in");
        assertThat(samePixels(ImageIO.read(new ByteArrayInputStream(tagged)),
                ImageIO.read(new ByteArrayInputStream(plain)))).isTrue();
        assertThat(tagged.length - plain.length).isBetween(3000, 8000);
    }

    @Test
    void aPngDeclaresSrgbOnceAndCarriesXmpInAnItxtChunk() throws IOException {
        BufferedImage image = sample();
        byte[] tagged = OutputFormat.PNG.encode(image, new Provenance(Provenance.COMPOSITE_SYNTHETIC), TOOL);

        String text = new String(tagged, StandardCharsets.ISO_8859_1);
        assertThat(text.split("\0\0\0\1sRGB", -1)).hasSize(2);
        assertThat(text).contains("iTXtXML:com.adobe.xmp")
                .contains("digitalsourcetype/compositeSynthetic");
        assertThat(text.indexOf("\0\0\0\1sRGB")).isLessThan(text.indexOf("IDAT"));
        assertThat(samePixels(ImageIO.read(new ByteArrayInputStream(tagged)), image)).isTrue();
    }

    @Test
    void aCreativeMadeFromAPhotographHasNoSourceTypeLabel() {
        byte[] tagged = OutputFormat.JPG.encode(sample(), Provenance.PHOTOGRAPH, TOOL);
        assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("xmp:CreatorTool")
                .doesNotContain("DigitalSourceType");
    }

    @Test
    void theSamePixelsAlwaysGiveTheSameBytes() {
        Provenance ai = new Provenance(Provenance.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA);
        assertThat(OutputFormat.JPG.encode(sample(), ai, TOOL)).isEqualTo(OutputFormat.JPG.encode(sample(), ai, TOOL));
        assertThat(OutputFormat.PNG.encode(sample(), ai, TOOL)).isEqualTo(OutputFormat.PNG.encode(sample(), ai, TOOL));
    }

    private static BufferedImage sample() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 30; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillRect(random.nextInt(64), random.nextInt(48), 12, 9);
        }
        g.dispose();
        return image;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    return false;
                }
            }
        }
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight();
    }
}
