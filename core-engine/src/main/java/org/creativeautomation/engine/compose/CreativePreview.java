package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Creatives at preview size, fast enough to follow typing: a text edit re-solves the layout at full
 * size (the same decisions export makes) and redraws only the overlay at the preview's scale over a
 * background made once per hero, ratio and crop. Thread-safe; meant to run off the UI thread.
 */
public final class CreativePreview {
    /** Backgrounds kept per hero: five ratios, a few crops each while a designer drags the window. */
    private static final int BACKGROUNDS_PER_HERO = 16;

    private final LayoutSolver solver = new LayoutSolver();
    private final CreativeRenderer renderer = new CreativeRenderer();
    private final Map<BufferedImage, Map<BackgroundKey, BufferedImage>> backgrounds =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** A rendered preview with the layout it shows, for overlays (safe zones, text boxes, crop). */
    public record Frame(Layout layout, BufferedImage image, double scale) {
    }

    /** Everything {@link CreativeRenderer#background} reads from a layout, and the preview's size. */
    private record BackgroundKey(Ratio ratio, CropWindow crop, CanvasExtension extension, ColourGrade grade,
                                 RgbColor backdrop, int width, int height) {
    }

    /**
     * Solves and draws one creative with its long side at most {@code longSide} pixels.
     */
    public Frame render(LayoutRequest request, int longSide) {
        Layout layout = solver.solve(request);
        return draw(layout, request.hero(), request.faces(), request.logos(), longSide);
    }

    /** Draws an already solved layout (one with a designer's overrides, say) at preview size. */
    public Frame draw(Layout layout, BufferedImage hero, TypeFaces faces, LogoImages logos, int longSide) {
        double scale = Math.min(1.0, (double) longSide / Math.max(layout.width(), layout.height()));
        BufferedImage background = background(hero, layout, scale);
        return new Frame(layout, renderer.render(layout, background, faces, logos, scale), scale);
    }

    private BufferedImage background(BufferedImage hero, Layout layout, double scale) {
        int width = (int) Math.round(layout.width() * scale);
        int height = (int) Math.round(layout.height() * scale);
        BackgroundKey key = new BackgroundKey(layout.ratio(), layout.crop(), layout.extension(), layout.grade(),
                layout.backdrop(), width, height);
        Map<BackgroundKey, BufferedImage> forHero = backgrounds.computeIfAbsent(hero, h -> lru());
        synchronized (forHero) {
            BufferedImage kept = forHero.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Through the export's own background, then shrunk: the preview shows the pixels export writes.
        BufferedImage full = renderer.background(hero, layout);
        BufferedImage small = scale >= 1.0 ? full : ImageScaler.scale(full, width, height, full.getColorModel().hasAlpha());
        synchronized (forHero) {
            forHero.put(key, small);
        }
        return small;
    }

    private static Map<BackgroundKey, BufferedImage> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<BackgroundKey, BufferedImage> eldest) {
                return size() > BACKGROUNDS_PER_HERO;
            }
        };
    }
}
