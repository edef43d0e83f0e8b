package org.creativeautomation.engine.compose;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resamples images without aliasing at Java2D speed. Downscaling is progressive: the image is halved
 * (bilinear filtering at exactly half size averages each 2x2 block, a box filter) while it is at least
 * twice the target, then one bilinear step of at most 2x finishes; enlarging uses bicubic filtering.
 *
 * <p>A hero is cropped to five ratios and several sizes per run, so the halves of a source image are
 * made once and kept as long as the source itself is in use (weakly, by identity).
 */
public final class ImageScaler {
    private static final Map<BufferedImage, Pyramid> PYRAMIDS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<BufferedImage, Map<Long, BufferedImage>> SHARED =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** Below this many pixels a pyramid is not worth keeping: halving it again costs next to nothing. */
    private static final long PYRAMID_MIN_PIXELS = 1_000_000;

    private ImageScaler() {
    }

    /** The crop window of {@code source} scaled to exactly {@code width} x {@code height}. */
    public static BufferedImage cropAndScale(BufferedImage source, CropWindow crop, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        double factor = Math.min(width / crop.width(), height / crop.height());
        BufferedImage level = source;
        double levelScale = 1.0;
        if ((long) source.getWidth() * source.getHeight() >= PYRAMID_MIN_PIXELS) {
            Pyramid pyramid = PYRAMIDS.computeIfAbsent(source, s -> new Pyramid());
            int halvings = 0;
            while (factor / (levelScale / 2) <= 1.0 + 1e-9) {
                levelScale /= 2;
                halvings++;
            }
            level = pyramid.level(source, halvings, alpha);
        }
        double sx = (double) level.getWidth() / source.getWidth();
        double sy = (double) level.getHeight() / source.getHeight();
        double x = crop.x() * sx;
        double y = crop.y() * sy;
        double w = crop.width() * sx;
        double h = crop.height() * sy;
        int x0 = clamp((int) Math.floor(x), 0, level.getWidth() - 1);
        int y0 = clamp((int) Math.floor(y), 0, level.getHeight() - 1);
        int x1 = clamp((int) Math.ceil(x + w), x0 + 1, level.getWidth());
        int y1 = clamp((int) Math.ceil(y + h), y0 + 1, level.getHeight());
        BufferedImage region = level.getSubimage(x0, y0, x1 - x0, y1 - y0);
        return scale(region, width, height, alpha);
    }

    /**
     * Like {@link #scale}, but the result is kept (as long as the source is in use) and shared by
     * every caller asking for the same size: a logo is drawn at the same few sizes on every creative.
     * The returned image must not be drawn on.
     */
    public static BufferedImage scaleShared(BufferedImage source, int width, int height, boolean alpha) {
        Map<Long, BufferedImage> sizes = SHARED.computeIfAbsent(source, s -> new ConcurrentHashMap<>());
        long key = ((long) width << 33) | ((long) height << 1) | (alpha ? 1 : 0);
        BufferedImage scaled = sizes.get(key);
        if (scaled == null) {
            scaled = scale(source, width, height, alpha);
            sizes.put(key, scaled);
        }
        return scaled;
    }

    public static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        if ((long) source.getWidth() * source.getHeight() >= PYRAMID_MIN_PIXELS
                && alpha == source.getColorModel().hasAlpha()
                && source.getWidth() >= 2 * width && source.getHeight() >= 2 * height) {
            // Start from the kept halves of a large image (a hero shrunk for analysis and for every ratio).
            return cropAndScale(source, new CropWindow(0, 0, source.getWidth(), source.getHeight(), null), width, height);
        }
        BufferedImage current = source;
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        while (current.getWidth() >= 2 * width && current.getHeight() >= 2 * height) {
            current = half(current, type);
        }
        if (current.getWidth() == width && current.getHeight() == height && current.getType() == type) {
            return current;
        }
        boolean enlarging = width > current.getWidth() || height > current.getHeight();
        if (!enlarging && !alpha && OpaqueResampler.handles(current)) {
            return OpaqueResampler.bilinear(current, width, height);
        }
        return draw(current, width, height, type, enlarging
                ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static BufferedImage half(BufferedImage source, int type) {
        if (type == BufferedImage.TYPE_INT_RGB && OpaqueResampler.handles(source)) {
            return OpaqueResampler.half(source);
        }
        return draw(source, Math.max(1, source.getWidth() / 2), Math.max(1, source.getHeight() / 2), type,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * The successive halves of one image, made on first use. It must not hold its base image: the
     * cache's weak key would then never be released.
     */
    private static final class Pyramid {
        private final List<BufferedImage> halves = new ArrayList<>();

        synchronized BufferedImage level(BufferedImage base, int halvings, boolean alpha) {
            int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
            while (halves.size() < halvings) {
                BufferedImage previous = halves.isEmpty() ? base : halves.get(halves.size() - 1);
                if (previous.getWidth() < 2 || previous.getHeight() < 2) {
                    break;
                }
                halves.add(half(previous, type));
            }
            return halvings == 0 || halves.isEmpty() ? base : halves.get(Math.min(halvings, halves.size()) - 1);
        }
    }
}
