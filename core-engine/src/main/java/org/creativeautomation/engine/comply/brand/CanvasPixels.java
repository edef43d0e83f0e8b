package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;

import java.awt.image.BufferedImage;

/**
 * Reads a creative's pixels fast: straight from the pixel array for the packed-int images the
 * renderer makes, through {@link BufferedImage#getRGB} otherwise.
 */
final class CanvasPixels {
    private final BufferedImage image;
    private final int[] packed;
    final int width;
    final int height;

    private CanvasPixels(BufferedImage image) {
        this.image = image;
        this.packed = LumaImage.packedPixels(image);
        this.width = image.getWidth();
        this.height = image.getHeight();
    }

    static CanvasPixels of(BufferedImage image) {
        return new CanvasPixels(image);
    }

    /** The pixel as {@code 0xRRGGBB}. */
    int rgb(int x, int y) {
        return (packed != null ? packed[y * width + x] : image.getRGB(x, y)) & 0xffffff;
    }

    /** The part of {@code box} on the canvas; null when none of it is. */
    Box clip(Box box) {
        int x0 = Math.max(0, box.x());
        int y0 = Math.max(0, box.y());
        int x1 = Math.min(width, box.right());
        int y1 = Math.min(height, box.bottom());
        return x1 > x0 && y1 > y0 ? new Box(x0, y0, x1 - x0, y1 - y0) : null;
    }
}
