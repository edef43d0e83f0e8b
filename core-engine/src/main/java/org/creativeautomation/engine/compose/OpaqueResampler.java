package org.creativeautomation.engine.compose;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Box halving and bilinear resampling of opaque {@code TYPE_INT_RGB} images straight on their pixel
 * arrays. Java2D's general transform loops spend about three times as long per pixel, and resampling
 * heroes is most of a run's work after decoding and encoding. Red and blue are blended together in
 * one int (their 8-bit lanes are 16 bits apart, so 8-bit weights cannot carry into each other).
 */
final class OpaqueResampler {
    private static final int RB = 0xff00ff;
    private static final int G = 0x00ff00;

    private OpaqueResampler() {
    }

    /** True for the images this class handles: opaque packed RGB ints, sub-images included. */
    static boolean handles(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel;
    }

    /** Each output pixel is the mean of a 2x2 block (the last odd row or column is dropped). */
    static BufferedImage half(BufferedImage source) {
        Pixels in = Pixels.of(source);
        int w = Math.max(1, source.getWidth() / 2);
        int h = Math.max(1, source.getHeight() / 2);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] src = in.data;
        for (int y = 0; y < h; y++) {
            int row0 = in.offset + Math.min(2 * y, source.getHeight() - 1) * in.stride;
            int row1 = in.offset + Math.min(2 * y + 1, source.getHeight() - 1) * in.stride;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int sx = Math.min(2 * x, source.getWidth() - 1);
                int sx1 = Math.min(sx + 1, source.getWidth() - 1);
                int a = src[row0 + sx];
                int b = src[row0 + sx1];
                int c = src[row1 + sx];
                int d = src[row1 + sx1];
                int rb = ((a & RB) + (b & RB) + (c & RB) + (d & RB) + 0x020002) >>> 2;
                int g = ((a & G) + (b & G) + (c & G) + (d & G) + 0x000200) >>> 2;
                dst[o + x] = 0xff000000 | (rb & RB) | (g & G);
            }
        }
        return out;
    }

    /** Bilinear resampling to {@code width} x {@code height}, pixel centres aligned as Java2D aligns them. */
    static BufferedImage bilinear(BufferedImage source, int width, int height) {
        Pixels in = Pixels.of(source);
        int sw = source.getWidth();
        int sh = source.getHeight();
        int[] x0 = new int[width];
        int[] x1 = new int[width];
        int[] fx = new int[width];
        taps(sw, width, x0, x1, fx);
        int[] y0 = new int[height];
        int[] y1 = new int[height];
        int[] fy = new int[height];
        taps(sh, height, y0, y1, fy);

        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] src = in.data;
        int[] row = new int[sw];
        for (int y = 0; y < height; y++) {
            int r0 = in.offset + y0[y] * in.stride;
            int r1 = in.offset + y1[y] * in.stride;
            int f = fy[y];
            int nf = 256 - f;
            // Vertical blend of the two source rows once, then horizontal taps from that row.
            for (int x = 0; x < sw; x++) {
                int a = src[r0 + x];
                int b = src[r1 + x];
                row[x] = ((((a & RB) * nf + (b & RB) * f) >>> 8) & RB) | ((((a & G) * nf + (b & G) * f) >>> 8) & G);
            }
            int o = y * width;
            for (int x = 0; x < width; x++) {
                int a = row[x0[x]];
                int b = row[x1[x]];
                int g = fx[x];
                int ng = 256 - g;
                dst[o + x] = 0xff000000 | ((((a & RB) * ng + (b & RB) * g) >>> 8) & RB)
                        | ((((a & G) * ng + (b & G) * g) >>> 8) & G);
            }
        }
        return out;
    }

    /** For each output index: the two source indices and the second one's weight out of 256. */
    private static void taps(int inSize, int outSize, int[] i0, int[] i1, int[] weight) {
        double scale = (double) inSize / outSize;
        for (int o = 0; o < outSize; o++) {
            double centre = (o + 0.5) * scale - 0.5;
            int lo = (int) Math.floor(centre);
            double frac = centre - lo;
            if (lo < 0) {
                lo = 0;
                frac = 0;
            }
            if (lo >= inSize - 1) {
                lo = inSize - 1;
                frac = 0;
            }
            i0[o] = lo;
            i1[o] = Math.min(lo + 1, inSize - 1);
            weight[o] = (int) Math.round(frac * 256);
        }
    }

    /** An image's pixel array with where its (0, 0) is and how long its rows are. */
    record Pixels(int[] data, int offset, int stride) {
        static Pixels of(BufferedImage image) {
            Raster raster = image.getRaster();
            SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
            DataBufferInt buffer = (DataBufferInt) raster.getDataBuffer();
            int stride = model.getScanlineStride();
            int offset = buffer.getOffset()
                    + (-raster.getSampleModelTranslateY()) * stride + (-raster.getSampleModelTranslateX());
            return new Pixels(buffer.getData(), offset, stride);
        }
    }
}
