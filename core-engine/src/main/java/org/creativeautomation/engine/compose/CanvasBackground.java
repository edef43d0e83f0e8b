package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Paints what lies under a creative's text: the hero's crop window scaled to the canvas, the
 * canvas extension around it (a flat colour or the blurred photo, blended into the photo's edge so
 * no seam shows) and the colour grade. The same code paints the export and the small copy the
 * solver measures contrast on, so the two agree.
 */
final class CanvasBackground {
    /** How far into the photo an extension blends, as a share of the canvas's shorter side. */
    private static final double COLOUR_FEATHER = 0.035;
    private static final double BLUR_FEATHER = 0.06;
    /** Cells on the long side of the blurred photo: coarse enough that no detail survives. */
    private static final int BLUR_CELLS = 40;
    /** A sweep or vignette changes by less than this (per channel) over the last 8% of a photo. */
    private static final int MAX_GRADIENT_STEP = 24;
    /** The blurred extension is darkened so that it recedes behind the sharp photo. */
    private static final double BLUR_BRIGHTNESS = 0.72;
    /** Canvas pixels between samples of the blurred extension, which is smooth well beyond that scale. */
    private static final int BLUR_SAMPLE_STEP = 4;

    private CanvasBackground() {
    }

    /** The background of a solved layout at full size. */
    static BufferedImage paint(BufferedImage hero, Layout layout) {
        CanvasExtension extension = layout.extension() == null ? CanvasExtension.NONE : layout.extension();
        if (extension.fill() == ExtensionFill.GENERATIVE) {
            // The expanded hero already holds its generated margins; the crop lies inside it.
            extension = CanvasExtension.NONE;
        }
        ColourGrade grade = layout.grade() == null ? ColourGrade.NONE : layout.grade();
        int w = layout.width();
        int h = layout.height();
        if (extension.isNone() && reachesPast(layout.crop(), hero)) {
            // A window past the hero with no extension said how to fill it: the backdrop shows there.
            extension = backdropAround(layout.crop(), hero, layout.backdrop(), w, h);
        }
        if (extension.isNone() && grade.isNone()) {
            // A translucent hero keeps its alpha here; the renderer lays it over the backdrop.
            return ImageScaler.cropAndScale(hero, layout.crop(), w, h);
        }
        Box photo = extension.isNone() ? new Box(0, 0, w, h) : extension.photo(w, h);
        BufferedImage scaled = ImageScaler.cropAndScale(hero, visiblePart(layout.crop(), hero.getWidth(),
                hero.getHeight(), 1), photo.width(), photo.height());
        int[] rgb = compose(scaled, photo, extension, grade, layout.backdrop(), w, h, 1.0);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        System.arraycopy(rgb, 0, ((DataBufferInt) out.getRaster().getDataBuffer()).getData(), 0, rgb.length);
        return out;
    }

    /**
     * A small, opaque copy of the background (over the backdrop) from a reduced copy of the hero.
     *
     * @param reducedScale pixels of {@code reduced} per hero pixel
     */
    static int[] paintPreview(BufferedImage reduced, double reducedScale, CropWindow crop, CanvasExtension extension,
                              ColourGrade grade, RgbColor backdrop, int canvasWidth, int canvasHeight, int outWidth,
                              int outHeight) {
        double k = (double) outWidth / canvasWidth;
        Box photo = extension.isNone() ? new Box(0, 0, outWidth, outHeight)
                : new Box((int) Math.round(extension.left() * k), (int) Math.round(extension.top() * k),
                Math.max(1, outWidth - (int) Math.round(extension.left() * k) - (int) Math.round(extension.right() * k)),
                Math.max(1, outHeight - (int) Math.round(extension.top() * k) - (int) Math.round(extension.bottom() * k)));
        CropWindow visible = visiblePart(crop, reduced.getWidth() / reducedScale, reduced.getHeight() / reducedScale,
                reducedScale);
        // An opaque reduction stays opaque, so composing it takes the pixel-array path.
        BufferedImage scaled = new BufferedImage(photo.width(), photo.height(),
                reduced.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setComposite(AlphaComposite.Src);
            // Where rounding leaves an edge pixel undrawn, it shows the backdrop, as a transparent one would.
            g.setColor(backdrop.toAwt());
            g.fillRect(0, 0, photo.width(), photo.height());
            double sx = photo.width() / visible.width();
            double sy = photo.height() / visible.height();
            g.drawImage(reduced, (int) Math.round(-visible.x() * sx), (int) Math.round(-visible.y() * sy),
                    (int) Math.round(reduced.getWidth() * sx), (int) Math.round(reduced.getHeight() * sy), null);
        } finally {
            g.dispose();
        }
        return compose(scaled, photo, extension, grade, backdrop, outWidth, outHeight, k);
    }

    private static boolean reachesPast(CropWindow crop, BufferedImage hero) {
        return crop.x() < -0.5 || crop.y() < -0.5 || crop.right() > hero.getWidth() + 0.5
                || crop.bottom() > hero.getHeight() + 0.5;
    }

    private static CanvasExtension backdropAround(CropWindow crop, BufferedImage hero, RgbColor backdrop, int w, int h) {
        double s = w / crop.width();
        return new CanvasExtension(ExtensionFill.COLOUR, (int) Math.round(Math.max(0, -crop.y()) * s),
                (int) Math.round(Math.max(0, crop.bottom() - hero.getHeight()) * s),
                (int) Math.round(Math.max(0, -crop.x()) * s),
                (int) Math.round(Math.max(0, crop.right() - hero.getWidth()) * s), backdrop);
    }

    /** The crop window clipped to the hero, in the pixels of a copy {@code scale} times the hero's size. */
    private static CropWindow visiblePart(CropWindow crop, double heroWidth, double heroHeight, double scale) {
        double x0 = Math.max(0, crop.x());
        double y0 = Math.max(0, crop.y());
        double x1 = Math.min(heroWidth, crop.right());
        double y1 = Math.min(heroHeight, crop.bottom());
        return new CropWindow(x0 * scale, y0 * scale, Math.max(1e-6, (x1 - x0) * scale), Math.max(1e-6, (y1 - y0) * scale),
                crop.subject());
    }

    /**
     * The photo (already scaled to its box) laid into the canvas over the extension fill and the
     * backdrop, blended at the seams, then graded.
     */
    private static int[] compose(BufferedImage photoImage, Box photo, CanvasExtension extension, ColourGrade grade,
                                 RgbColor backdrop, int w, int h, double canvasScale) {
        int[] photoRgb = opaqueRgb(photoImage, photo.width(), photo.height());
        if (photoRgb == null) {
            photoRgb = photoImage.getRGB(0, 0, photo.width(), photo.height(), null, 0, photo.width());
            int back = backdrop.argb() & 0xffffff;
            for (int i = 0; i < photoRgb.length; i++) {
                photoRgb[i] = over(photoRgb[i], back);
            }
        }
        double featherShare = extension.fill() == ExtensionFill.BLUR ? BLUR_FEATHER : COLOUR_FEATHER;
        int feather = extension.isNone() ? 0 : Math.max(1, (int) Math.round(Math.min(w, h) * featherShare));
        int[] base = base(photoRgb, photo, extension, w, h, feather);
        int[] out = base != null ? base : new int[w * h];
        int pw = photo.width();
        // Only pixels within a feather's width of an extended edge blend; the rest of the photo is copied as is.
        int seamLeft = extension.left() > 0 ? feather : 0;
        int seamRight = extension.right() > 0 ? feather : 0;
        for (int py = 0; py < photo.height(); py++) {
            int y = photo.y() + py;
            if (y < 0 || y >= h) {
                continue;
            }
            boolean seamRow = feather > 0 && base != null && ((extension.top() > 0 && py < feather)
                    || (extension.bottom() > 0 && photo.height() - py <= feather));
            int from = Math.max(0, -photo.x());
            int to = Math.min(pw, w - photo.x());
            int copyFrom = seamRow || base == null ? from : Math.max(from, seamLeft);
            int copyTo = seamRow || base == null ? from : Math.min(to, pw - seamRight);
            if (!seamRow && copyTo > copyFrom) {
                System.arraycopy(photoRgb, py * pw + copyFrom, out, y * w + photo.x() + copyFrom, copyTo - copyFrom);
            }
            if (base == null) {
                System.arraycopy(photoRgb, py * pw + from, out, y * w + photo.x() + from, to - from);
                continue;
            }
            for (int px = from; px < to; px++) {
                if (!seamRow && px >= copyFrom && px < copyTo) {
                    continue;
                }
                int x = photo.x() + px;
                int p = photoRgb[py * pw + px];
                if (feather > 0) {
                    double t = seamWeight(px, py, photo, extension, feather);
                    if (t < 1) {
                        p = lerp(base[y * w + x], p, t);
                    }
                }
                out[y * w + x] = p;
            }
        }
        grade.apply(out, 0, out.length);
        return out;
    }

    /** The pixels of an opaque packed-RGB image as they are (no copy through Java2D); null for other images. */
    private static int[] opaqueRgb(BufferedImage image, int w, int h) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB
                || !(image.getRaster().getDataBuffer() instanceof DataBufferInt buffer)
                || image.getRaster().getSampleModelTranslateX() != 0 || image.getRaster().getSampleModelTranslateY() != 0
                || buffer.getOffset() != 0 || buffer.getData().length != w * h
                || image.getWidth() != w || image.getHeight() != h) {
            return null;
        }
        return buffer.getData();
    }

    /** How much of the photo shows at a pixel near an extended edge: 0 at the seam, 1 a feather's width in. */
    private static double seamWeight(int px, int py, Box photo, CanvasExtension extension, int feather) {
        double t = 1;
        if (extension.top() > 0) {
            t = Math.min(t, (py + 0.5) / feather);
        }
        if (extension.bottom() > 0) {
            t = Math.min(t, (photo.height() - py - 0.5) / feather);
        }
        if (extension.left() > 0) {
            t = Math.min(t, (px + 0.5) / feather);
        }
        if (extension.right() > 0) {
            t = Math.min(t, (photo.width() - px - 0.5) / feather);
        }
        t = Math.max(0, Math.min(1, t));
        return t * t * (3 - 2 * t);
    }

    /** What the extension shows under the whole canvas; null when there is no extension. */
    private static int[] base(int[] photoRgb, Box photo, CanvasExtension extension, int w, int h, int feather) {
        if (extension.isNone()) {
            return null;
        }
        int[] base = new int[w * h];
        if (extension.fill() == ExtensionFill.COLOUR) {
            java.util.Arrays.fill(base, extension.colour().argb() & 0xffffff);
            return base;
        }
        if (extension.fill() == ExtensionFill.BACKDROP) {
            continueEdges(base, photoRgb, photo, extension, w, h, feather);
            return base;
        }
        // The photo enlarged to cover the canvas around its own centre, blurred and darkened.
        BufferedImage photoImage = new BufferedImage(photo.width(), photo.height(), BufferedImage.TYPE_INT_RGB);
        System.arraycopy(photoRgb, 0, ((DataBufferInt) photoImage.getRaster().getDataBuffer()).getData(), 0,
                photoRgb.length);
        int factor = Math.max(1, (int) Math.ceil((double) Math.max(photo.width(), photo.height()) / BLUR_CELLS));
        PixelGrid small = PixelGrid.reduce(photoImage, factor);
        float[][] channels = blurred(small);
        double cover = Math.max((double) w / photo.width(), (double) h / photo.height());
        double cx = photo.x() + photo.width() / 2.0;
        double cy = photo.y() + photo.height() / 2.0;
        // The blur has no detail finer than a grid cell: sample it on a coarse lattice, then enlarge.
        int step = Math.max(1, Math.min(BLUR_SAMPLE_STEP, factor));
        int bw = (w + step - 1) / step;
        int bh = (h + step - 1) / step;
        BufferedImage coarse = new BufferedImage(bw, bh, BufferedImage.TYPE_INT_RGB);
        int[] lattice = ((DataBufferInt) coarse.getRaster().getDataBuffer()).getData();
        for (int j = 0; j < bh; j++) {
            double y = (j + 0.5) * step;
            double v = ((y - cy) / cover + photo.height() / 2.0) / factor - 0.5;
            for (int i = 0; i < bw; i++) {
                double x = (i + 0.5) * step;
                double u = ((x - cx) / cover + photo.width() / 2.0) / factor - 0.5;
                lattice[j * bw + i] = sample(channels, small.width(), small.height(), u, v);
            }
        }
        BufferedImage enlarged = step == 1 ? coarse : OpaqueResampler.bilinear(coarse, bw * step, bh * step);
        int[] full = ((DataBufferInt) enlarged.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            System.arraycopy(full, y * bw * step, base, y * w, w);
        }
        return base;
    }

    /**
     * The photo's edges carried outward: each extended side continues the colour of the photo's
     * outer strip at each position along it, softened along the edge, and keeps changing the way
     * the photo changes toward that edge (a vignette keeps darkening, a sweep keeps brightening)
     * for a while before it settles, so no seam or flat band shows. Above the photo's middle the
     * top (left) edge applies, below it the bottom (right).
     */
    private static void continueEdges(int[] base, int[] photoRgb, Box photo, CanvasExtension extension, int w, int h,
                                      int feather) {
        boolean vertical = extension.top() + extension.bottom() >= extension.left() + extension.right();
        int across = vertical ? photo.height() : photo.width();
        int length = vertical ? photo.width() : photo.height();
        int depth = Math.max(2, (int) Math.round(across * 0.02));
        int inset = Math.max(depth + 1, (int) Math.round(across * 0.08));
        int radius = Math.max(1, (int) Math.round(length * 0.025));
        int[] start = edgeProfile(photoRgb, photo, vertical, true, 0, depth, radius);
        int[] end = edgeProfile(photoRgb, photo, vertical, false, 0, depth, radius);
        int[][] startChange = gradient(start, edgeProfile(photoRgb, photo, vertical, true, inset, depth, radius));
        int[][] endChange = gradient(end, edgeProfile(photoRgb, photo, vertical, false, inset, depth, radius));
        int middle = vertical ? photo.y() + photo.height() / 2 : photo.x() + photo.width() / 2;
        // How far along its change the colour has moved at each distance past the edge.
        double[] carried = new double[Math.max(w, h) + 1];
        for (int d = 1; d < carried.length; d++) {
            carried[d] = 1 - Math.exp(-(double) d / inset);
        }
        for (int y = 0; y < h; y++) {
            // Inside the photo past the seams the photo covers the base: those pixels are never seen.
            boolean deepRow = y >= photo.y() + (extension.top() > 0 ? feather : 0)
                    && y < photo.bottom() - (extension.bottom() > 0 ? feather : 0);
            int skipFrom = photo.x() + (extension.left() > 0 ? feather : 0);
            int skipTo = photo.right() - (extension.right() > 0 ? feather : 0);
            for (int x = 0; x < w; x++) {
                if (deepRow && x >= skipFrom && x < skipTo) {
                    x = skipTo - 1;
                    continue;
                }
                int along = Math.max(0, Math.min(length - 1, vertical ? x - photo.x() : y - photo.y()));
                boolean first = (vertical ? y : x) < middle;
                int outside = vertical ? (first ? photo.y() - y : y - photo.bottom() + 1)
                        : (first ? photo.x() - x : x - photo.right() + 1);
                int edge = first ? start[along] : end[along];
                base[y * w + x] = outside <= 0 ? edge
                        : continued(edge, (first ? startChange : endChange)[along], carried[outside]);
            }
        }
    }

    /**
     * How the backdrop changes toward an edge, per channel, at each position along it: the edge
     * colour less the colour a few percent inside, smoothed far along the edge. Where the inside
     * sample falls on something other than backdrop (the product), the change there counts as none,
     * so its colours are not carried outward as streaks.
     */
    private static int[][] gradient(int[] edge, int[] inner) {
        int length = edge.length;
        int[][] change = new int[3][length];
        for (int p = 0; p < length; p++) {
            int dr = ((edge[p] >> 16) & 0xff) - ((inner[p] >> 16) & 0xff);
            int dg = ((edge[p] >> 8) & 0xff) - ((inner[p] >> 8) & 0xff);
            int db = (edge[p] & 0xff) - (inner[p] & 0xff);
            if (Math.max(Math.abs(dr), Math.max(Math.abs(dg), Math.abs(db))) <= MAX_GRADIENT_STEP) {
                change[0][p] = dr;
                change[1][p] = dg;
                change[2][p] = db;
            }
        }
        int radius = Math.max(1, length / 10);
        int[][] smooth = new int[length][3];
        for (int c = 0; c < 3; c++) {
            long sum = 0;
            for (int q = -radius; q <= radius; q++) {
                sum += change[c][Math.max(0, Math.min(length - 1, q))];
            }
            for (int p = 0; p < length; p++) {
                smooth[p][c] = (int) Math.round((double) sum / (2 * radius + 1));
                sum += change[c][Math.min(length - 1, p + radius + 1)] - change[c][Math.max(0, p - radius)];
            }
        }
        return smooth;
    }

    /**
     * The colour past an edge: the edge's colour moved on by {@code change} (the backdrop's change
     * over the last stretch of the photo) times {@code carried}, which grows from 0 at the edge and
     * settles, so the change fades out.
     */
    private static int continued(int edge, int[] change, double carried) {
        return channel((edge >> 16) & 0xff, change[0], carried) << 16 | channel((edge >> 8) & 0xff, change[1], carried) << 8
                | channel(edge & 0xff, change[2], carried);
    }

    private static int channel(int edge, int change, double k) {
        return Math.max(0, Math.min(255, (int) Math.round(edge + change * k)));
    }

    /**
     * Mean colour of {@code depth} pixels of the photo, {@code inset} in from one edge, at each
     * position along that edge, blurred along it.
     */
    private static int[] edgeProfile(int[] rgb, Box photo, boolean vertical, boolean start, int inset, int depth,
                                     int radius) {
        int pw = photo.width();
        int ph = photo.height();
        int length = vertical ? pw : ph;
        double[][] sums = new double[3][length];
        for (int p = 0; p < length; p++) {
            for (int d = inset; d < inset + depth; d++) {
                int x = vertical ? p : start ? d : pw - 1 - d;
                int y = vertical ? (start ? d : ph - 1 - d) : p;
                int c = rgb[Math.min(ph - 1, y) * pw + Math.min(pw - 1, x)];
                sums[0][p] += (c >> 16) & 0xff;
                sums[1][p] += (c >> 8) & 0xff;
                sums[2][p] += c & 0xff;
            }
        }
        int[] profile = new int[length];
        for (int p = 0; p < length; p++) {
            int rgbValue = 0;
            for (int k = 0; k < 3; k++) {
                double total = 0;
                int n = 0;
                for (int q = Math.max(0, p - radius); q <= Math.min(length - 1, p + radius); q++) {
                    total += sums[k][q];
                    n++;
                }
                rgbValue = (rgbValue << 8) | Math.max(0, Math.min(255, (int) Math.round(total / n / depth)));
            }
            profile[p] = rgbValue;
        }
        return profile;
    }

    /** The grid's channels, box-blurred three times (close to a Gaussian) and darkened. */
    private static float[][] blurred(PixelGrid grid) {
        int w = grid.width();
        int h = grid.height();
        float[][] c = new float[3][w * h];
        for (int i = 0; i < w * h; i++) {
            int p = grid.argb()[i];
            c[0][i] = (p >> 16) & 0xff;
            c[1][i] = (p >> 8) & 0xff;
            c[2][i] = p & 0xff;
        }
        int r = Math.max(1, Math.max(w, h) / 16);
        float[] tmp = new float[w * h];
        for (float[] channel : c) {
            for (int pass = 0; pass < 3; pass++) {
                box(channel, tmp, w, h, r, true);
                box(tmp, channel, w, h, r, false);
            }
            for (int i = 0; i < channel.length; i++) {
                channel[i] *= (float) BLUR_BRIGHTNESS;
            }
        }
        return c;
    }

    private static void box(float[] src, float[] dst, int w, int h, int r, boolean horizontal) {
        int lines = horizontal ? h : w;
        int len = horizontal ? w : h;
        for (int line = 0; line < lines; line++) {
            float acc = 0;
            for (int k = -r; k <= r; k++) {
                acc += src[index(line, clamp(k, len), horizontal, w)];
            }
            for (int k = 0; k < len; k++) {
                dst[index(line, k, horizontal, w)] = acc / (2 * r + 1);
                acc += src[index(line, clamp(k + r + 1, len), horizontal, w)] - src[index(line, clamp(k - r, len), horizontal, w)];
            }
        }
    }

    private static int index(int line, int k, boolean horizontal, int w) {
        return horizontal ? line * w + k : k * w + line;
    }

    private static int clamp(int k, int len) {
        return k < 0 ? 0 : Math.min(len - 1, k);
    }

    /** Bilinear sample of three channels at a fractional cell position, edges clamped. */
    private static int sample(float[][] c, int w, int h, double u, double v) {
        double cu = Math.max(0, Math.min(w - 1, u));
        double cv = Math.max(0, Math.min(h - 1, v));
        int x0 = (int) cu;
        int y0 = (int) cv;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double fx = cu - x0;
        double fy = cv - y0;
        int rgb = 0;
        for (int ch = 0; ch < 3; ch++) {
            double top = c[ch][y0 * w + x0] * (1 - fx) + c[ch][y0 * w + x1] * fx;
            double bottom = c[ch][y1 * w + x0] * (1 - fx) + c[ch][y1 * w + x1] * fx;
            int value = (int) Math.round(top * (1 - fy) + bottom * fy);
            rgb = (rgb << 8) | Math.max(0, Math.min(255, value));
        }
        return rgb;
    }

    /** A pixel of the photo as seen over the backdrop. */
    private static int over(int argb, int backdrop) {
        int a = argb >>> 24;
        if (a == 0xff) {
            return argb & 0xffffff;
        }
        if (a == 0) {
            return backdrop;
        }
        return lerp(backdrop, argb & 0xffffff, a / 255.0);
    }

    private static int lerp(int from, int to, double t) {
        int r = (int) Math.round(((from >> 16) & 0xff) + (((to >> 16) & 0xff) - ((from >> 16) & 0xff)) * t);
        int g = (int) Math.round(((from >> 8) & 0xff) + (((to >> 8) & 0xff) - ((from >> 8) & 0xff)) * t);
        int b = (int) Math.round((from & 0xff) + ((to & 0xff) - (from & 0xff)) * t);
        return (r << 16) | (g << 8) | b;
    }
}
