package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Layout;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The creative's photo as the pixel checks see it: a greyscale copy reduced by box-averaging to
 * about {@value #LONG_SIDE} px on the long side, each sample marked as photo, designed (scrim band,
 * text, CTA, logo: what the studio drew on top, which says nothing about the photo) or backdrop
 * (the kit's background showing through a cut-out hero). Without a layout every sample is photo.
 *
 * <p>One pass over the full-resolution pixels also counts, per sample, the pixels whose luma is
 * clipped to white or crushed to black, so exposure is judged on real pixels, not on averages.
 */
final class PhotoArea {
    /** Long side of the reduced copy: enough detail for sharpness, a few milliseconds to build. */
    static final int LONG_SIDE = 512;
    /** Luma at or above which a pixel counts as a clipped highlight (8-bit, Rec. 601 weights). */
    static final int HIGHLIGHT = 250;
    /** Luma at or below which a pixel counts as a crushed shadow. */
    static final int SHADOW = 5;

    static final byte PHOTO = 0;
    static final byte DESIGNED = 1;
    static final byte BACKDROP = 2;

    private final int width;
    private final int height;
    private final int factor;
    private final float[] luma;
    private final byte[] kind;
    private final short[] highlights;
    private final short[] shadows;

    private PhotoArea(int width, int height, int factor, float[] luma, byte[] kind, short[] highlights,
                      short[] shadows) {
        this.width = width;
        this.height = height;
        this.factor = factor;
        this.luma = luma;
        this.kind = kind;
        this.highlights = highlights;
        this.shadows = shadows;
    }

    static PhotoArea of(CreativeUnderCheck creative) {
        BufferedImage image = packedRgb(creative.pixels());
        int w = image.getWidth();
        int h = image.getHeight();
        int factor = Math.max(1, (int) Math.ceil(Math.max(w, h) / (double) LONG_SIDE));
        // Pixels past the last whole block (fewer than `factor` columns or rows) are left out.
        int sw = Math.max(1, w / factor);
        int sh = Math.max(1, h / factor);
        int blockW = Math.min(factor, w);
        int blockH = Math.min(factor, h);

        Layout layout = creative.layout();
        boolean markBackdrop = layout != null && layout.backdrop() != null;
        int backdrop = markBackdrop ? layout.backdrop().argb() & 0xFFFFFF : 0;

        Raster raster = image.getRaster();
        SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
        int[] data = ((DataBufferInt) raster.getDataBuffer()).getData();
        int stride = model.getScanlineStride();
        int origin = raster.getDataBuffer().getOffset()
                + model.getOffset(-raster.getSampleModelTranslateX(), -raster.getSampleModelTranslateY());

        int n = sw * sh;
        byte[] kind = new byte[n];
        if (layout != null) {
            markDesigned(kind, sw, sh, factor, designedBoxes(layout, w, h));
        }
        float[] luma = new float[n];
        short[] highlights = new short[n];
        short[] shadows = new short[n];
        int[] sums = new int[sw];
        int[] highs = new int[sw];
        int[] lows = new int[sw];
        int[] differences = new int[sw];
        float perBlock = blockW * blockH;
        for (int sy = 0; sy < sh; sy++) {
            int base = sy * sw;
            // Designed samples are never read by a check: skip their pixels (the scrim band alone is a
            // third of a story creative).
            if (allDesigned(kind, base, sw)) {
                continue;
            }
            Arrays.fill(sums, 0);
            Arrays.fill(highs, 0);
            Arrays.fill(lows, 0);
            Arrays.fill(differences, 0);
            for (int dy = 0; dy < blockH; dy++) {
                int row = origin + (sy * factor + dy) * stride;
                for (int sx = 0; sx < sw; sx++) {
                    if (kind[base + sx] == DESIGNED) {
                        continue;
                    }
                    int start = row + sx * factor;
                    int sum = 0;
                    int high = 0;
                    int low = 0;
                    int difference = 0;
                    for (int i = start, end = start + blockW; i < end; i++) {
                        int p = data[i];
                        int l = (77 * ((p >> 16) & 0xFF) + 150 * ((p >> 8) & 0xFF) + 29 * (p & 0xFF)) >> 8;
                        sum += l;
                        // Branch-free counting: the sign bit says which side of the limit l lies on.
                        high += (HIGHLIGHT - 1 - l) >>> 31;
                        low += (l - SHADOW - 1) >>> 31;
                        difference |= p ^ backdrop;
                    }
                    sums[sx] += sum;
                    highs[sx] += high;
                    lows[sx] += low;
                    differences[sx] |= difference;
                }
            }
            for (int sx = 0; sx < sw; sx++) {
                if (kind[base + sx] == DESIGNED) {
                    continue;
                }
                luma[base + sx] = sums[sx] / perBlock;
                highlights[base + sx] = (short) Math.min(Short.MAX_VALUE, highs[sx]);
                shadows[base + sx] = (short) Math.min(Short.MAX_VALUE, lows[sx]);
                boolean backdropOnly = markBackdrop && (differences[sx] & 0xFFFFFF) == 0;
                kind[base + sx] = backdropOnly ? BACKDROP : PHOTO;
            }
        }
        return new PhotoArea(sw, sh, factor, luma, kind, highlights, shadows);
    }

    /**
     * What the studio drew over the photo, in the pixels' coordinates (a layout solved for another
     * size is scaled), each grown a little for anti-aliased edges and the CTA's drop shadow.
     */
    private static List<Box> designedBoxes(Layout layout, int w, int h) {
        List<Box> boxes = new ArrayList<>();
        if (layout.scrim() != null) {
            boxes.add(layout.scrim().band());
        }
        if (layout.message() != null) {
            boxes.add(layout.message().box());
        }
        if (layout.cta() != null) {
            boxes.add(layout.cta().box());
        }
        if (layout.disclaimer() != null) {
            boxes.add(layout.disclaimer().box());
        }
        if (layout.logo() != null) {
            boxes.add(layout.logo().box());
        }
        double sx = (double) w / layout.width();
        double sy = (double) h / layout.height();
        int grow = 4;
        List<Box> scaled = new ArrayList<>(boxes.size());
        for (Box b : boxes) {
            int x0 = (int) Math.floor(b.x() * sx) - grow;
            int y0 = (int) Math.floor(b.y() * sy) - grow;
            int x1 = (int) Math.ceil(b.right() * sx) + grow;
            int y1 = (int) Math.ceil(b.bottom() * sy) + grow;
            scaled.add(new Box(x0, y0, x1 - x0, y1 - y0));
        }
        return scaled;
    }

    private static boolean allDesigned(byte[] kind, int from, int count) {
        for (int i = from, end = from + count; i < end; i++) {
            if (kind[i] != DESIGNED) {
                return false;
            }
        }
        return true;
    }

    private static void markDesigned(byte[] kind, int sw, int sh, int factor, List<Box> boxes) {
        for (Box b : boxes) {
            int x0 = Math.max(0, Math.floorDiv(b.x(), factor));
            int y0 = Math.max(0, Math.floorDiv(b.y(), factor));
            int x1 = Math.min(sw, Math.floorDiv(b.right() - 1, factor) + 1);
            int y1 = Math.min(sh, Math.floorDiv(b.bottom() - 1, factor) + 1);
            for (int y = y0; y < y1; y++) {
                Arrays.fill(kind, y * sw + Math.min(x0, x1), y * sw + x1, DESIGNED);
            }
        }
    }

    /** The image itself when its pixels are packed ints, else a packed copy (decoded JPEGs and PNGs). */
    private static BufferedImage packedRgb(BufferedImage image) {
        int type = image.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Canvas pixels per sample along each side. */
    int factor() {
        return factor;
    }

    /** Mean luma (0-255) of the canvas pixels under sample {@code i} (row-major). */
    float luma(int i) {
        return luma[i];
    }

    byte kind(int i) {
        return kind[i];
    }

    boolean isPhoto(int i) {
        return kind[i] == PHOTO;
    }

    /** Canvas pixels under sample {@code i} with luma of at least {@value #HIGHLIGHT}. */
    int highlights(int i) {
        return highlights[i];
    }

    /** Canvas pixels under sample {@code i} with luma of at most {@value #SHADOW}. */
    int shadows(int i) {
        return shadows[i];
    }

    /** Canvas pixels one sample stands for. */
    int pixelsPerSample() {
        return factor * factor;
    }

    /** The smallest canvas box around every sample of the given kinds; null when there is none. */
    Box bounds(boolean photo, boolean backdrop) {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                byte k = kind[y * width + x];
                if ((photo && k == PHOTO) || (backdrop && k == BACKDROP)) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return null;
        }
        return new Box(x0 * factor, y0 * factor, (x1 - x0 + 1) * factor, (y1 - y0 + 1) * factor);
    }
}
