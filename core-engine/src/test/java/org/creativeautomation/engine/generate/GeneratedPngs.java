package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageResult;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Images a fake provider can deliver, encoded as PNG: a usable product shot, a flat one, broken bytes. */
final class GeneratedPngs {
    private GeneratedPngs() {
    }

    /** A backdrop gradient with a rounded product in the middle: what a good generation looks like. */
    static byte[] productShot(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(236, 242, 246), 0, height, new Color(190, 204, 214)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(12, 126, 140));
        g.fillRoundRect(width * 2 / 5, height / 4, width / 5, height / 2, width / 16, width / 16);
        g.dispose();
        return png(image);
    }

    /** One flat grey: a generation that failed without saying so. */
    static byte[] blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return png(image);
    }

    /** A PNG signature followed by garbage. */
    static byte[] undecodable() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4, 5, 6, 7, 8};
    }

    static ImageResult result(byte[] png) {
        return new ImageResult(List.of(png), 0.04, Map.of());
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
