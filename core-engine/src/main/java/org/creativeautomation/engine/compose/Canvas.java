package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.LayoutTemplate;
import org.creativeautomation.engine.brand.TextZone;

/**
 * A creative's canvas as the solver lays it out: its size, the margin, the platform's safe bands
 * in pixels, the content box text may use, and where the product landed.
 *
 * @param content the canvas less the margin, or less the safe band and half a margin where the
 *                platform covers an edge (its band already keeps text off that edge)
 * @param subject the product's box on the canvas; null when it is not known
 */
record Canvas(int width, int height, int margin, Box content, int safeTop, int safeBottom, int safeLeft,
              int safeRight, boolean wide, float minPx, Box subject) {
    /** Least and most of the height a band of text takes. */
    private static final double MIN_BAND = 0.22;
    private static final double MAX_BAND = 0.42;
    private static final double MAX_BAND_WIDE = 0.6;
    /** Least and most of the width a column of text takes. */
    private static final double MIN_COLUMN = 0.3;
    private static final double MAX_COLUMN = 0.5;
    private static final double DEFAULT_COLUMN = 0.42;
    /** On wide canvases a band's lines stop here: longer lines are hard to read. */
    private static final double WIDE_MEASURE = 0.58;

    static Canvas of(Ratio ratio, LayoutTemplate template, SafeZone safe, int minFontPx, Box subject) {
        int w = ratio.width();
        int h = ratio.height();
        int shortSide = Math.min(w, h);
        int margin = Math.max(16, (int) Math.round(shortSide * template.marginPercent() / 100));
        int top = (int) Math.round(h * safe.top());
        int bottom = (int) Math.round(h * safe.bottom());
        int left = (int) Math.round(w * safe.left());
        int right = (int) Math.round(w * safe.right());
        int x0 = inset(left, margin);
        int y0 = inset(top, margin);
        int x1 = w - inset(right, margin);
        int y1 = h - inset(bottom, margin);
        Box content = new Box(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        return new Canvas(w, h, margin, content, top, bottom, left, right, (double) w / h >= 1.7,
                (float) (minFontPx * w / 1080.0), subject);
    }

    private static int inset(int safeBand, int margin) {
        return safeBand > 0 ? safeBand + margin / 2 : margin;
    }

    int shortSide() {
        return Math.min(width, height);
    }

    Box canvasBox() {
        return new Box(0, 0, width, height);
    }

    /**
     * The box a zone gives the text stack: a band or column along its edge of the content box,
     * as deep as the space between that edge and the product (within limits, so that text is
     * neither crammed nor allowed to swallow the canvas).
     */
    Box zoneArea(TextZone zone) {
        int gap = margin / 2;
        int bandWidth = wide ? Math.min(content.width(), (int) Math.round(width * WIDE_MEASURE) - margin) : content.width();
        int minBand = (int) Math.round(height * MIN_BAND);
        int maxBand = (int) Math.round(height * (wide ? MAX_BAND_WIDE : MAX_BAND));
        int minColumn = (int) Math.round(width * MIN_COLUMN);
        int maxColumn = (int) Math.round(width * MAX_COLUMN);
        return switch (zone) {
            case BOTTOM -> {
                int free = subject == null ? maxBand : content.bottom() - (subject.bottom() + gap);
                int depth = clamp(free, minBand, Math.min(maxBand, content.height()));
                yield new Box(content.x(), content.bottom() - depth, bandWidth, depth);
            }
            case TOP -> {
                int free = subject == null ? maxBand : subject.y() - gap - content.y();
                int depth = clamp(free, minBand, Math.min(maxBand, content.height()));
                yield new Box(content.x(), content.y(), bandWidth, depth);
            }
            case LEFT -> {
                int free = subject == null ? (int) Math.round(width * DEFAULT_COLUMN) : subject.x() - gap - content.x();
                int span = clamp(free, minColumn, Math.min(maxColumn, content.width()));
                yield new Box(content.x(), content.y(), span, content.height());
            }
            case RIGHT -> {
                int free = subject == null ? (int) Math.round(width * DEFAULT_COLUMN) : content.right() - subject.right() - gap;
                int span = clamp(free, minColumn, Math.min(maxColumn, content.width()));
                yield new Box(content.right() - span, content.y(), span, content.height());
            }
            case CALM -> throw new IllegalArgumentException("a calm region is found on the photo, it has no fixed area");
        };
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(Math.min(lo, hi), Math.min(hi, v));
    }
}
