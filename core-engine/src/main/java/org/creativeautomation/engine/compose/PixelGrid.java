package org.creativeautomation.engine.compose;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * An image's pixels as packed {@code 0xAARRGGBB} ints, reduced by whole factors with a box filter
 * (each output pixel the average of a block, so nothing aliases). Reading goes straight to the
 * raster for the layouts decoders produce, since a 3000 x 3000 photo through {@code getRGB} costs
 * more than the analysis it feeds.
 */
record PixelGrid(int width, int height, int[] argb) {

    /**
     * {@code image} reduced by {@code factor} in both directions: ceil(width / factor) columns, the
     * last block of a row or column averaging the pixels it has. Colours are averaged weighted by
     * alpha, so transparent pixels lend no colour.
     */
    static PixelGrid reduce(BufferedImage image, int factor) {
        int k = Math.max(1, factor);
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && RowReader.isPacked(image)) {
            return reduceOpaqueBytes(image, k);
        }
        if (OpaqueResampler.handles(image)) {
            return reduceOpaqueInts(image, k);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int ow = (w + k - 1) / k;
        int oh = (h + k - 1) / k;
        int[] out = new int[ow * oh];
        long[] a = new long[ow];
        long[] r = new long[ow];
        long[] g = new long[ow];
        long[] b = new long[ow];
        int[] row = new int[w];
        RowReader reader = RowReader.of(image);
        for (int oy = 0; oy < oh; oy++) {
            java.util.Arrays.fill(a, 0);
            java.util.Arrays.fill(r, 0);
            java.util.Arrays.fill(g, 0);
            java.util.Arrays.fill(b, 0);
            int y0 = oy * k;
            int y1 = Math.min(h, y0 + k);
            for (int y = y0; y < y1; y++) {
                reader.read(y, row);
                for (int ox = 0, x = 0; ox < ow; ox++) {
                    int end = Math.min(w, x + k);
                    long sa = 0;
                    long sr = 0;
                    long sg = 0;
                    long sb = 0;
                    for (; x < end; x++) {
                        int c = row[x];
                        int alpha = c >>> 24;
                        sa += alpha;
                        sr += (long) ((c >> 16) & 0xff) * alpha;
                        sg += (long) ((c >> 8) & 0xff) * alpha;
                        sb += (long) (c & 0xff) * alpha;
                    }
                    a[ox] += sa;
                    r[ox] += sr;
                    g[ox] += sg;
                    b[ox] += sb;
                }
            }
            int rows = y1 - y0;
            for (int ox = 0; ox < ow; ox++) {
                int cols = Math.min(w, ox * k + k) - ox * k;
                long n = (long) rows * cols;
                int pixel = 0;
                if (a[ox] > 0) {
                    int alpha = (int) Math.round((double) a[ox] / n);
                    pixel = (alpha << 24) | (int) (r[ox] / a[ox]) << 16 | (int) (g[ox] / a[ox]) << 8 | (int) (b[ox] / a[ox]);
                }
                out[oy * ow + ox] = pixel;
            }
        }
        return new PixelGrid(ow, oh, out);
    }

    /** Box means of an opaque packed-RGB image (a decoded JPEG hero), straight on its pixel array. */
    private static PixelGrid reduceOpaqueInts(BufferedImage image, int k) {
        int w = image.getWidth();
        int h = image.getHeight();
        OpaqueResampler.Pixels pixels = OpaqueResampler.Pixels.of(image);
        int[] data = pixels.data();
        if (k == 1) {
            int[] copy = new int[w * h];
            for (int y = 0; y < h; y++) {
                System.arraycopy(data, pixels.offset() + y * pixels.stride(), copy, y * w, w);
            }
            for (int i = 0; i < copy.length; i++) {
                copy[i] |= 0xff000000;
            }
            return new PixelGrid(w, h, copy);
        }
        int ow = (w + k - 1) / k;
        int oh = (h + k - 1) / k;
        int[] out = new int[ow * oh];
        int[] r = new int[ow];
        int[] g = new int[ow];
        int[] b = new int[ow];
        for (int oy = 0; oy < oh; oy++) {
            java.util.Arrays.fill(r, 0);
            java.util.Arrays.fill(g, 0);
            java.util.Arrays.fill(b, 0);
            int y0 = oy * k;
            int y1 = Math.min(h, y0 + k);
            for (int y = y0; y < y1; y++) {
                int p = pixels.offset() + y * pixels.stride();
                for (int ox = 0, x = 0; ox < ow; ox++) {
                    int end = Math.min(w, x + k);
                    for (; x < end; x++, p++) {
                        int c = data[p];
                        r[ox] += (c >> 16) & 0xff;
                        g[ox] += (c >> 8) & 0xff;
                        b[ox] += c & 0xff;
                    }
                }
            }
            packMeans(r, g, b, y1 - y0, w, k, out, oy * ow);
        }
        return new PixelGrid(ow, oh, out);
    }

    /** Each output cell of one row of cells: its channel sums divided by the pixels it covers. */
    private static void packMeans(int[] r, int[] g, int[] b, int rows, int w, int k, int[] out, int at) {
        for (int ox = 0; ox < r.length; ox++) {
            int n = rows * (Math.min(w, ox * k + k) - ox * k);
            out[at + ox] = 0xff000000 | (r[ox] / n) << 16 | (g[ox] / n) << 8 | (b[ox] / n);
        }
    }

    /**
     * The same reduction for the layout JPEG decoders produce (opaque, three bytes per pixel), read
     * straight from the bytes: a 3000 x 3000 photo is nine million pixels, and this runs for every hero.
     */
    private static PixelGrid reduceOpaqueBytes(BufferedImage image, int k) {
        int w = image.getWidth();
        int h = image.getHeight();
        int ow = (w + k - 1) / k;
        int oh = (h + k - 1) / k;
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int[] out = new int[ow * oh];
        int[] r = new int[ow];
        int[] g = new int[ow];
        int[] b = new int[ow];
        for (int oy = 0; oy < oh; oy++) {
            java.util.Arrays.fill(r, 0);
            java.util.Arrays.fill(g, 0);
            java.util.Arrays.fill(b, 0);
            int y0 = oy * k;
            int y1 = Math.min(h, y0 + k);
            for (int y = y0; y < y1; y++) {
                int p = y * w * 3;
                for (int ox = 0, x = 0; ox < ow; ox++) {
                    int end = Math.min(w, x + k);
                    int sr = 0;
                    int sg = 0;
                    int sb = 0;
                    for (; x < end; x++, p += 3) {
                        sb += data[p] & 0xff;
                        sg += data[p + 1] & 0xff;
                        sr += data[p + 2] & 0xff;
                    }
                    r[ox] += sr;
                    g[ox] += sg;
                    b[ox] += sb;
                }
            }
            packMeans(r, g, b, y1 - y0, w, k, out, oy * ow);
        }
        return new PixelGrid(ow, oh, out);
    }

    /** This grid reduced by {@code factor}, as {@link #reduce(BufferedImage, int)} reduces an image. */
    PixelGrid reduce(int factor) {
        return reduce(toImage(), factor);
    }

    /** This grid as an image to draw from: ARGB when any pixel is translucent, else RGB. */
    BufferedImage toImage() {
        boolean alpha = false;
        for (int c : argb) {
            if ((c >>> 24) != 0xff) {
                alpha = true;
                break;
            }
        }
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        if (alpha) {
            System.arraycopy(argb, 0, data, 0, argb.length);
        } else {
            for (int i = 0; i < argb.length; i++) {
                data[i] = argb[i] & 0xffffff;
            }
        }
        return image;
    }

    /** Reads one row of an image as {@code 0xAARRGGBB}, from the raster where its layout is known. */
    private interface RowReader {
        void read(int y, int[] row);

        static RowReader of(BufferedImage image) {
            int w = image.getWidth();
            boolean plain = isPacked(image);
            if (plain && image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                return (y, row) -> {
                    int p = y * w * 3;
                    for (int x = 0; x < w; x++, p += 3) {
                        row[x] = 0xff000000 | (data[p + 2] & 0xff) << 16 | (data[p + 1] & 0xff) << 8 | (data[p] & 0xff);
                    }
                };
            }
            if (plain && image.getType() == BufferedImage.TYPE_4BYTE_ABGR) {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                return (y, row) -> {
                    int p = y * w * 4;
                    for (int x = 0; x < w; x++, p += 4) {
                        row[x] = (data[p] & 0xff) << 24 | (data[p + 3] & 0xff) << 16 | (data[p + 2] & 0xff) << 8
                                | (data[p + 1] & 0xff);
                    }
                };
            }
            if (plain && (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)) {
                int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                boolean opaque = image.getType() == BufferedImage.TYPE_INT_RGB;
                return (y, row) -> {
                    System.arraycopy(data, y * w, row, 0, w);
                    if (opaque) {
                        for (int x = 0; x < w; x++) {
                            row[x] |= 0xff000000;
                        }
                    }
                };
            }
            return (y, row) -> image.getRGB(0, y, w, 1, row, 0, w);
        }

        /** True when the raster holds exactly this image's rows, one after another (not a view into a larger one). */
        static boolean isPacked(BufferedImage image) {
            WritableRaster raster = image.getRaster();
            if (raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                    || raster.getDataBuffer().getOffset() != 0 || image.isAlphaPremultiplied()) {
                return false;
            }
            SampleModel model = raster.getSampleModel();
            int w = image.getWidth();
            if (model instanceof SinglePixelPackedSampleModel packed) {
                return packed.getScanlineStride() == w;
            }
            if (model instanceof ComponentSampleModel components) {
                return components.getScanlineStride() == w * components.getPixelStride();
            }
            return false;
        }
    }
}
