package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OpaqueResamplerTest {

    @Test
    void halvingAveragesEachTwoByTwoBlockPerChannel() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x000000);
        image.setRGB(1, 0, 0xFF0000);
        image.setRGB(0, 1, 0x00FF00);
        image.setRGB(1, 1, 0x0000FF);

        BufferedImage half = OpaqueResampler.half(image);

        assertThat(half.getWidth()).isEqualTo(1);
        assertThat(half.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x404040);
    }

    @Test
    void bilinearResamplingAgreesWithJava2dWithinTwoLevels() {
        BufferedImage source = noise(301, 257, 11);
        BufferedImage ours = OpaqueResampler.bilinear(source, 190, 160);
        BufferedImage java2d = new BufferedImage(190, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = java2d.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, 190, 160, null);
        g.dispose();

        assertThat(maxChannelDifference(ours, java2d)).isLessThanOrEqualTo(2);
    }

    @Test
    void aSubImageIsReadFromItsOwnOriginNotTheParents() {
        BufferedImage parent = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = parent.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 100, 100);
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(100, 0, 100, 100);
        g.dispose();

        BufferedImage right = OpaqueResampler.bilinear(parent.getSubimage(100, 0, 100, 100), 40, 40);
        BufferedImage rightHalf = OpaqueResampler.half(parent.getSubimage(100, 0, 100, 100));

        assertThat(right.getRGB(20, 20) & 0xFFFFFF).isEqualTo(0x0000FF);
        assertThat(rightHalf.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x0000FF);
    }

    @Test
    void scalingFromTheKeptHalvesMatchesScalingTheWholeImage() {
        BufferedImage hero = noise(1600, 1200, 3);
        CropWindow crop = new CropWindow(200, 100, 1000, 1000, null);

        BufferedImage viaPyramid = ImageScaler.cropAndScale(hero, crop, 300, 300);
        BufferedImage again = ImageScaler.cropAndScale(hero, crop, 300, 300);
        BufferedImage direct = ImageScaler.scale(hero.getSubimage(200, 100, 1000, 1000), 300, 300, false);

        assertThat(viaPyramid.getWidth()).isEqualTo(300);
        assertThat(maxChannelDifference(viaPyramid, again)).isZero();
        // Noise averaged down: both paths land on the same local means, not on the same pixels.
        assertThat(meanChannelDifference(viaPyramid, direct)).isLessThan(4);
    }

    private static BufferedImage noise(int w, int h, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int base = (x * 255 / w) << 16 | (y * 255 / h) << 8;
                image.setRGB(x, y, base | random.nextInt(64));
            }
        }
        return image;
    }

    private static int maxChannelDifference(BufferedImage a, BufferedImage b) {
        int worst = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs(((p >> shift) & 255) - ((q >> shift) & 255)));
                }
            }
        }
        return worst;
    }

    private static double meanChannelDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 255) - ((q >> shift) & 255));
                }
            }
        }
        return (double) sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
