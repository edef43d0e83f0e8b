package org.creativeautomation.engine.comply.quality;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Ways to spoil a photo for the quality tests: blur it, over- or under-expose it, shrink it, flatten it. */
public final class PhotoEdits {
    private PhotoEdits() {
    }

    /** A Gaussian blur with standard deviation {@code sigma} pixels (separable, edges clamped). */
    public static BufferedImage gaussianBlur(BufferedImage image, double sigma) {
        int w = image.getWidth();
        int h = image.getHeight();
        int radius = (int) Math.ceil(sigma * 3);
        float[] kernel = new float[2 * radius + 1];
        float total = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
            total += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= total;
        }
        int[] src = image.getRGB(0, 0, w, h, null, 0, w);
        float[][] channels = new float[3][w * h];
        for (int i = 0; i < src.length; i++) {
            channels[0][i] = (src[i] >> 16) & 0xFF;
            channels[1][i] = (src[i] >> 8) & 0xFF;
            channels[2][i] = src[i] & 0xFF;
        }
        float[] tmp = new float[w * h];
        for (float[] c : channels) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float s = 0;
                    for (int k = -radius; k <= radius; k++) {
                        s += kernel[k + radius] * c[y * w + Math.min(w - 1, Math.max(0, x + k))];
                    }
                    tmp[y * w + x] = s;
                }
            }
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float s = 0;
                    for (int k = -radius; k <= radius; k++) {
                        s += kernel[k + radius] * tmp[Math.min(h - 1, Math.max(0, y + k)) * w + x];
                    }
                    c[y * w + x] = s;
                }
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] dst = new int[w * h];
        for (int i = 0; i < dst.length; i++) {
            dst[i] = (channel(channels[0][i]) << 16) | (channel(channels[1][i]) << 8) | channel(channels[2][i]);
        }
        out.setRGB(0, 0, w, h, dst, 0, w);
        return out;
    }

    /** Every channel multiplied by {@code gain} and shifted by {@code offset}, clamped to 0-255. */
    public static BufferedImage exposed(BufferedImage image, double gain, int offset) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) {
            int r = channel((float) (((px[i] >> 16) & 0xFF) * gain + offset));
            int g = channel((float) (((px[i] >> 8) & 0xFF) * gain + offset));
            int b = channel((float) ((px[i] & 0xFF) * gain + offset));
            px[i] = (r << 16) | (g << 8) | b;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    /** The image redrawn at another size (bicubic). */
    public static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** One flat colour. */
    public static BufferedImage flat(int width, int height, Color color) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(color);
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int channel(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
    }
}
