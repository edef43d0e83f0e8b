package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.LayoutTemplate;

import org.creativeautomation.engine.brand.RgbColor;

import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hero reduced once for everything the composer measures: its saliency map, and small renderings
 * of each ratio's background to measure text contrast and logo luminance against. Reduced with a
 * box filter to about {@value #LONG_SIDE} px on the long side: about half a canvas's resolution,
 * fine enough for per-line measurement, and cheap to keep for every ratio and locale of a run.
 *
 * <p>Reductions are kept by the hero's identity for as long as the hero itself is in use: a run
 * estimates a photo's product box in one stage and lays out its creatives in another, and
 * reducing a 9-megapixel photo twice would cost more than all of its layouts.
 */
final class ReducedHero {
    static final int LONG_SIDE = 1024;
    /** Measured backgrounds are at most this share of the canvas: twice a canvas pixel's detail is plenty. */
    private static final double MEASURE_SCALE = 0.5;

    private static final Map<BufferedImage, ReducedHero> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());

    private final int heroWidth;
    private final int heroHeight;
    /** Pixels of the reduced copy per hero pixel. */
    private final double scale;
    private final SaliencyMap saliency;
    private final PixelGrid grid;
    private final Map<String, MeasuredCanvas> backgrounds = new ConcurrentHashMap<>();
    private final Map<FramingKey, Framing> framings = new ConcurrentHashMap<>();

    private ReducedHero(int heroWidth, int heroHeight, PixelGrid grid, double scale) {
        this.heroWidth = heroWidth;
        this.heroHeight = heroHeight;
        this.grid = grid;
        this.scale = scale;
        // As near the map's detail resolution as a whole factor gets, coarser or finer.
        int detailFactor = (int) Math.max(1, Math.round((double) Math.max(grid.width(), grid.height())
                / (SaliencyMap.SIZE * SaliencyMap.DETAIL)));
        PixelGrid detail = detailFactor > 1 ? grid.reduce(detailFactor) : grid;
        this.saliency = SaliencyMap.of(detail, scale * detail.width() / grid.width());
    }

    /** The hero's reduction, made on first use. */
    static ReducedHero of(BufferedImage hero) {
        ReducedHero known = KNOWN.get(hero);
        if (known != null) {
            return known;
        }
        // Made outside the lock: two threads may both make one, which costs time but never blocks others.
        int factor = (int) Math.ceil((double) Math.max(hero.getWidth(), hero.getHeight()) / LONG_SIDE);
        PixelGrid grid;
        if (factor > 1 && OpaqueResampler.handles(hero)) {
            // From the scaler's kept half of the hero, which the ratios' backgrounds are cut from anyway.
            grid = PixelGrid.reduce(ImageScaler.scale(hero, (hero.getWidth() + factor - 1) / factor,
                    (hero.getHeight() + factor - 1) / factor, false), 1);
        } else {
            grid = PixelGrid.reduce(hero, Math.max(1, factor));
        }
        ReducedHero made = new ReducedHero(hero.getWidth(), hero.getHeight(), grid, (double) grid.width() / hero.getWidth());
        KNOWN.putIfAbsent(hero, made);
        return made;
    }

    int heroWidth() {
        return heroWidth;
    }

    int heroHeight() {
        return heroHeight;
    }

    SaliencyMap saliency() {
        return saliency;
    }

    PixelGrid grid() {
        return grid;
    }

    /** Pixels of the reduced copy per hero pixel. */
    double scale() {
        return scale;
    }

    /** A framing worked out once per product box, canvas, template and colour: it does not depend on the copy. */
    Framing framing(SmartCrop crop, Box subject, int canvasWidth, int canvasHeight, LayoutTemplate template,
                    RgbColor kitColour) {
        FramingKey key = new FramingKey(subject, canvasWidth, canvasHeight, template, kitColour);
        Framing kept = framings.get(key);
        if (kept != null) {
            return kept;
        }
        Framing made = crop.frame(this, subject, canvasWidth, canvasHeight, template, kitColour);
        framings.putIfAbsent(key, made);
        return made;
    }

    private record FramingKey(Box subject, int width, int height, LayoutTemplate template, RgbColor colour) {
    }

    /**
     * The background a creative of this framing and grade will have, small: rendered once per
     * framing and shared by every locale and text edit.
     */
    MeasuredCanvas background(Framing framing, ColourGrade grade, RgbColor backdrop, int canvasWidth, int canvasHeight) {
        String key = framing + "|" + grade + "|" + backdrop + "|" + canvasWidth + "x" + canvasHeight;
        MeasuredCanvas cached = backgrounds.get(key);
        if (cached != null) {
            return cached;
        }
        double photoPixelsPerCanvasPixel = framing.crop().width() * scale / canvasWidth;
        double measureScale = Math.max(0.1, Math.min(MEASURE_SCALE, photoPixelsPerCanvasPixel));
        int mw = Math.max(1, (int) Math.round(canvasWidth * measureScale));
        int mh = Math.max(1, (int) Math.round(canvasHeight * measureScale));
        int[] rgb = CanvasBackground.paintPreview(grid.toImage(), scale, framing.crop(), framing.extension(), grade,
                backdrop, canvasWidth, canvasHeight, mw, mh);
        MeasuredCanvas measured = new MeasuredCanvas(mw, mh, (double) mw / canvasWidth, rgb);
        backgrounds.putIfAbsent(key, measured);
        return measured;
    }
}
