package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;

/**
 * A region of a creative reduced by an integer factor (box average) to gamma-encoded luma in 0..1.
 * Java2D blends in gamma-encoded sRGB, so a logo drawn over a photo stays a linear mix in these
 * values, which is what the logo matcher's model assumes.
 */
final class LumaImage {
    /** Canvas pixel of this image's (0, 0). */
    final int originX;
    final int originY;
    final int factor;
    final int width;
    final int height;
    final float[] luma;

    private LumaImage(int originX, int originY, int factor, int width, int height, float[] luma) {
        this.originX = originX;
        this.originY = originY;
        this.factor = factor;
        this.width = width;
        this.height = height;
        this.luma = luma;
    }

    /** The part of {@code region} inside the image, reduced by {@code factor}. */
    static LumaImage of(BufferedImage image, Box region, int factor) {
        int x0 = Math.max(0, region.x());
        int y0 = Math.max(0, region.y());
        int x1 = Math.min(image.getWidth(), region.right());
        int y1 = Math.min(image.getHeight(), region.bottom());
        int w = Math.max(0, (x1 - x0) / factor);
        int h = Math.max(0, (y1 - y0) / factor);
        float[] luma = new float[w * h];
        if (w == 0 || h == 0) {
            return new LumaImage(x0, y0, factor, w, h, luma);
        }
        int[] direct = packedPixels(image);
        int stride = image.getWidth();
        int[] row = direct == null ? new int[w * factor] : null;
        float[] acc = new float[w];
        float norm = 1f / (255f * factor * factor);
        for (int oy = 0; oy < h; oy++) {
            Arrays.fill(acc, 0f);
            for (int dy = 0; dy < factor; dy++) {
                int y = y0 + oy * factor + dy;
                int[] src;
                int offset;
                if (direct != null) {
                    src = direct;
                    offset = y * stride + x0;
                } else {
                    image.getRGB(x0, y, w * factor, 1, row, 0, w * factor);
                    src = row;
                    offset = 0;
                }
                int i = offset;
                for (int ox = 0; ox < w; ox++) {
                    float sum = 0;
                    for (int dx = 0; dx < factor; dx++, i++) {
                        int p = src[i];
                        sum += 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
                    }
                    acc[ox] += sum;
                }
            }
            int base = oy * w;
            for (int ox = 0; ox < w; ox++) {
                luma[base + ox] = acc[ox] * norm;
            }
        }
        soften(luma, w, h);
        return new LumaImage(x0, y0, factor, w, h, luma);
    }

    /**
     * A [1 2 1]/4 blur across and down, edges repeated. Logo templates get the same blur
     * ({@link LogoTemplate}); it makes a match depend less on where the logo falls between reduced
     * pixels, which no search can know for an image it did not make.
     */
    static void soften(float[] v, int w, int h) {
        float[] line = new float[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            for (int x = 0; x < w; x++) {
                float left = v[base + Math.max(0, x - 1)];
                float right = v[base + Math.min(w - 1, x + 1)];
                line[x] = 0.25f * left + 0.5f * v[base + x] + 0.25f * right;
            }
            System.arraycopy(line, 0, v, base, w);
        }
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                float up = v[Math.max(0, y - 1) * w + x];
                float down = v[Math.min(h - 1, y + 1) * w + x];
                line[y] = 0.25f * up + 0.5f * v[y * w + x] + 0.25f * down;
            }
            for (int y = 0; y < h; y++) {
                v[y * w + x] = line[y];
            }
        }
    }

    /** The pixel array of an opaque packed-int image (what the renderer makes), or null to go through getRGB. */
    static int[] packedPixels(BufferedImage image) {
        boolean packed = image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB;
        if (!packed || !(image.getRaster().getDataBuffer() instanceof DataBufferInt data)
                || !(image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model)
                || model.getScanlineStride() != image.getWidth() || image.getRaster().getSampleModelTranslateX() != 0
                || image.getRaster().getSampleModelTranslateY() != 0 || data.getNumBanks() != 1 || data.getOffset() != 0) {
            return null;
        }
        return data.getData();
    }

    /** A box in this image's pixels as canvas pixels. */
    Box toCanvas(int x, int y, int w, int h) {
        return new Box(originX + x * factor, originY + y * factor, w * factor, h * factor);
    }
}
