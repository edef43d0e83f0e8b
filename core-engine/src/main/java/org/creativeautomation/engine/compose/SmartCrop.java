package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.ExtensionStyle;
import org.creativeautomation.engine.brand.LayoutTemplate;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brand.SafeArea;
import org.creativeautomation.engine.brand.TextZone;

import java.util.Optional;

/**
 * Chooses how a hero fills a ratio's canvas. The window is the largest of the ratio that fits the
 * hero (a crop never zooms past the photo's resolution), placed where it keeps the whole product
 * with room around it (more above: crops that graze a head or a bottle cap look cut) and, among
 * those places, where it scores best smartcrop-style: the most salient content inside, the least
 * cut at its edges, and the product where the kit's preferred text zone leaves room for it.
 *
 * <p>When the product cannot fit the ratio whole (a wide shoe in a 9:16 story), the canvas is
 * extended instead of cutting it: the window grows past the hero until the product fits, and the
 * extension is filled with the photo's own plain backdrop colour, the kit's colour or a blurred,
 * darkened copy of the photo. The extra space goes mostly where the text will go.
 */
final class SmartCrop {
    /** Room kept above the product, as a share of its height. */
    static final double HEADROOM = 0.08;
    /** Room kept on the other sides, as a share of the product's size. */
    static final double SIDE_ROOM = 0.05;
    /** A window this share of its size along each edge counts as the edge, where cutting shows. */
    private static final double EDGE_BAND = 0.08;
    private static final int POSITIONS = 96;
    /** A box this close to the whole hero says "the product is not known", not "the product is everything". */
    private static final double WHOLE = 0.98;
    /** The photo keeps at least this share of an extended canvas; past it the product is cut after all. */
    private static final double MIN_PHOTO_SHARE = 0.35;
    /**
     * Depth the preferred text zone keeps free of the product: a band, in canvas short sides (type
     * is sized by the short side, so a stack is about this deep whatever the ratio), a column, in
     * shares of the width. Both include the margin.
     */
    private static final double BAND_RESERVE = 0.4;
    private static final double COLUMN_RESERVE = 0.42;
    /** Extending for text stops here (share of the window along the zone's axis); past it text may overlap. */
    private static final double MAX_TEXT_EXTENSION = 0.4;
    /** A smooth backdrop strip varies less than this (CIELAB ΔE) across its depth and from its own gradual trend. */
    private static final double SMOOTH_ACROSS = 2.5;
    private static final double SMOOTH_ALONG = 2.0;
    private static final double EDGE_STRIP = 0.03;

    Framing frame(ReducedHero hero, Box subject, int canvasWidth, int canvasHeight, LayoutTemplate template,
                  RgbColor kitColour) {
        int heroW = hero.heroWidth();
        int heroH = hero.heroHeight();
        double aspect = (double) canvasWidth / canvasHeight;
        double coverW = Math.min(heroW, heroH * aspect);
        double coverH = coverW / aspect;
        TextRoom preferred = TextRoom.of(template, canvasWidth, canvasHeight);
        Box known = known(subject, heroW, heroH);
        if (known == null) {
            return new Framing(place(hero, coverW, coverH, null, null, preferred), CanvasExtension.NONE);
        }
        Box room = withRoom(known, heroW, heroH);
        if (room.width() <= coverW + 1e-6 && room.height() <= coverH + 1e-6) {
            Box reserved = preferred.reserving(room, coverW, coverH);
            if (inside(reserved, heroW, heroH)) {
                return new Framing(place(hero, coverW, coverH, reserved, known, preferred), CanvasExtension.NONE);
            }
            Framing extended = extendForText(hero, known, room, aspect, coverW, coverH, canvasWidth, template,
                    kitColour, preferred);
            if (extended != null) {
                return extended;
            }
            return new Framing(place(hero, coverW, coverH, room, known, preferred), CanvasExtension.NONE);
        }
        Box headroom = withHeadroom(known, heroW, heroH);
        if (headroom.width() <= coverW + 1e-6 && headroom.height() <= coverH + 1e-6) {
            // The product fits with room above it but not all around: a snug crop that keeps the
            // top clear beats an extended canvas.
            return new Framing(place(hero, coverW, coverH, headroom, known, preferred), CanvasExtension.NONE);
        }
        if (known.width() <= coverW + 1e-6 && known.height() <= coverH + 1e-6) {
            return new Framing(place(hero, coverW, coverH, known, known, preferred), CanvasExtension.NONE);
        }
        return extend(hero, known, room, aspect, canvasWidth, canvasHeight, template, kitColour, preferred);
    }

    /** The subject clipped to the hero, or null when it is unknown (the whole hero). */
    private static Box known(Box subject, int heroW, int heroH) {
        if (subject == null) {
            return null;
        }
        int x0 = Math.max(0, subject.x());
        int y0 = Math.max(0, subject.y());
        int x1 = Math.min(heroW, subject.right());
        int y1 = Math.min(heroH, subject.bottom());
        if (x1 <= x0 || y1 <= y0 || (x1 - x0 >= WHOLE * heroW && y1 - y0 >= WHOLE * heroH)) {
            return null;
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /** The subject with the room a crop should keep around it, as far as the hero has it. */
    static Box withRoom(Box s, int heroW, int heroH) {
        int top = (int) Math.round(s.height() * HEADROOM);
        int bottom = (int) Math.round(s.height() * SIDE_ROOM);
        int side = (int) Math.round(Math.max(s.width(), s.height()) * SIDE_ROOM);
        int x0 = Math.max(0, s.x() - side);
        int y0 = Math.max(0, s.y() - top);
        int x1 = Math.min(heroW, s.right() + side);
        int y1 = Math.min(heroH, s.bottom() + bottom);
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /** The subject with only its headroom, as far as the hero has it. */
    static Box withHeadroom(Box s, int heroW, int heroH) {
        int top = Math.min(s.y(), (int) Math.round(s.height() * HEADROOM));
        return new Box(s.x(), s.y() - top, s.width(), s.height() + top);
    }

    /**
     * The best place for a window of the given size inside the hero that contains {@code keep}
     * (anywhere when null). A cover window spans the hero along one axis, so it moves along the
     * other only.
     */
    private CropWindow place(ReducedHero hero, double cw, double ch, Box keep, Box subject, TextRoom preferred) {
        int heroW = hero.heroWidth();
        int heroH = hero.heroHeight();
        double minX = 0;
        double maxX = heroW - cw;
        double minY = 0;
        double maxY = heroH - ch;
        if (keep != null) {
            minX = Math.max(minX, keep.right() - cw);
            maxX = Math.min(maxX, keep.x());
            minY = Math.max(minY, keep.bottom() - ch);
            maxY = Math.min(maxY, keep.y());
        }
        minX = Math.min(minX, maxX);
        minY = Math.min(minY, maxY);
        SaliencyMap map = hero.saliency();
        double total = Math.max(1e-9, map.total());
        double[] target = preferred.target();
        double centreX;
        double centreY;
        if (subject != null) {
            centreX = subject.x() + subject.width() / 2.0;
            centreY = subject.y() + subject.height() / 2.0;
        } else {
            centreX = heroW / 2.0;
            centreY = heroH / 2.0;
        }
        boolean horizontal = maxX - minX >= maxY - minY;
        double lo = horizontal ? minX : minY;
        double hi = horizontal ? maxX : maxY;
        // The position that puts the subject exactly on its target is always a candidate.
        double ideal = horizontal ? centreX - target[0] * cw : centreY - target[1] * ch;
        double bestScore = Double.NEGATIVE_INFINITY;
        double best = clamp(ideal, lo, hi);
        for (int i = 0; i <= POSITIONS + 1; i++) {
            double p = i <= POSITIONS ? lo + (hi - lo) * i / POSITIONS : clamp(ideal, lo, hi);
            double x = horizontal ? p : clamp(centreX - target[0] * cw, minX, maxX);
            double y = horizontal ? clamp(centreY - target[1] * ch, minY, maxY) : p;
            double inside = map.sum(x, y, x + cw, y + ch) / total;
            double edge = edgeSaliency(map, x, y, cw, ch, horizontal) / total;
            double rel = horizontal ? (centreX - x) / cw : (centreY - y) / ch;
            double off = Math.abs(rel - (horizontal ? target[0] : target[1]));
            double score = inside - 0.6 * edge - (subject != null ? 0.8 : 0.3) * off;
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = p;
            }
        }
        double x = horizontal ? best : clamp(centreX - target[0] * cw, minX, maxX);
        double y = horizontal ? clamp(centreY - target[1] * ch, minY, maxY) : best;
        return new CropWindow(x, y, cw, ch, subject == null ? new Box(0, 0, heroW, heroH) : subject);
    }

    /** Saliency in the strips along the two edges a window moving on this axis cuts through. */
    private static double edgeSaliency(SaliencyMap map, double x, double y, double cw, double ch, boolean horizontal) {
        if (horizontal) {
            double band = cw * EDGE_BAND;
            return map.sum(x, y, x + band, y + ch) + map.sum(x + cw - band, y, x + cw, y + ch);
        }
        double band = ch * EDGE_BAND;
        return map.sum(x, y, x + cw, y + band) + map.sum(x, y + ch - band, x + cw, y + ch);
    }

    /**
     * The room the kit's preferred text zone needs in a window, beside the product, and where the
     * product's centre should land. Along the zone's axis the product must lie between
     * {@code low} and {@code high} (shares of the window): clear of the platform's safe bands at
     * both ends, and of the text zone's depth on its side. It lands in the middle of that span.
     */
    record TextRoom(TextZone zone, double low, double high, double[] target) {
        static TextRoom of(LayoutTemplate template, int canvasWidth, int canvasHeight) {
            // A calm region floats wherever the photo allows: the room is kept for the first edge zone.
            Optional<TextZone> edge = template.zones().stream().filter(TextZone::isEdge).findFirst();
            boolean reserve = edge.isPresent() || template.zones().isEmpty();
            TextZone zone = edge.orElse(TextZone.BOTTOM);
            SafeArea safe = template.safeZone();
            int shortSide = Math.min(canvasWidth, canvasHeight);
            double band = reserve ? Math.min(0.5, BAND_RESERVE * shortSide / canvasHeight) : 0;
            double column = reserve ? COLUMN_RESERVE : 0;
            double low;
            double high;
            switch (zone) {
                case TOP -> {
                    low = safe.top() + band;
                    high = 1 - safe.bottom();
                }
                case BOTTOM -> {
                    low = safe.top();
                    high = 1 - safe.bottom() - band;
                }
                case LEFT -> {
                    low = safe.left() + column;
                    high = 1 - safe.right();
                }
                default -> {
                    low = safe.left();
                    high = 1 - safe.right() - column;
                }
            }
            double across = zone.isBand() ? (safe.left() + 1 - safe.right()) / 2 : (safe.top() + 1 - safe.bottom()) / 2;
            double along = (low + high) / 2;
            double[] target = zone.isBand() ? new double[]{across, along} : new double[]{along, across};
            return new TextRoom(zone, low, high, target);
        }

        /** The share of the window the product may span along the zone's axis. */
        double span() {
            return high - low;
        }

        /**
         * The box a window of this size must contain to hold the product with its room inside the
         * span, leaving the zone and the safe bands free.
         */
        Box reserving(Box room, double ww, double wh) {
            if (zone.isBand()) {
                return box(room.x(), room.y() - low * wh, room.right(), room.bottom() + (1 - high) * wh);
            }
            return box(room.x() - low * ww, room.y(), room.right() + (1 - high) * ww, room.bottom());
        }
    }

    private static Box box(double x0, double y0, double x1, double y1) {
        int left = (int) Math.floor(x0);
        int top = (int) Math.floor(y0);
        return new Box(left, top, (int) Math.ceil(x1) - left, (int) Math.ceil(y1) - top);
    }

    private static boolean inside(Box b, int heroW, int heroH) {
        return b.x() >= 0 && b.y() >= 0 && b.right() <= heroW && b.bottom() <= heroH;
    }

    /**
     * When the photo has no room for the preferred text zone beside the product, a window that
     * reaches past the hero on that zone's side only, just far enough to make the room, where the
     * extension will not show as one: the photo's backdrop there is smooth (or the kit asks for a
     * colour or blur band). Null when that is not possible or would shrink the photo too far.
     */
    private Framing extendForText(ReducedHero hero, Box known, Box room, double aspect, double coverW, double coverH,
                                  int canvasWidth, LayoutTemplate template, RgbColor kitColour, TextRoom text) {
        TextZone zone = text.zone();
        int heroW = hero.heroWidth();
        int heroH = hero.heroHeight();
        double ww;
        double wh;
        if (zone.isBand()) {
            wh = Math.max(coverH, room.height() / text.span());
            ww = wh * aspect;
        } else {
            ww = Math.max(coverW, room.width() / text.span());
            wh = ww / aspect;
        }
        if (ww > heroW + 1e-6 && zone.isBand() || wh > heroH + 1e-6 && !zone.isBand()) {
            return null;
        }
        double[] target = text.target();
        double cx = known.x() + known.width() / 2.0;
        double cy = known.y() + known.height() / 2.0;
        double x;
        double y;
        // Along the zone's axis the window reaches past the hero as little as it can, on the zone's
        // side first; across it, it stays inside the hero.
        if (zone.isBand()) {
            double lo = room.bottom() - text.high() * wh;
            double hi = room.y() - text.low() * wh;
            y = Math.max(lo, 0) <= Math.min(hi, heroH - wh)
                    ? clamp(cy - target[1] * wh, Math.max(lo, 0), Math.min(hi, heroH - wh))
                    : clamp(zone == TextZone.BOTTOM ? 0 : heroH - wh, lo, hi);
            x = clamp(cx - target[0] * ww, Math.max(0, room.right() - ww), Math.min(heroW - ww, room.x()));
        } else {
            double lo = room.right() - text.high() * ww;
            double hi = room.x() - text.low() * ww;
            x = Math.max(lo, 0) <= Math.min(hi, heroW - ww)
                    ? clamp(cx - target[0] * ww, Math.max(lo, 0), Math.min(hi, heroW - ww))
                    : clamp(zone == TextZone.RIGHT ? 0 : heroW - ww, lo, hi);
            y = clamp(cy - target[1] * wh, Math.max(0, room.bottom() - wh), Math.min(heroH - wh, room.y()));
        }
        boolean before = zone.isBand() ? y < -0.5 : x < -0.5;
        boolean after = zone.isBand() ? y + wh > heroH + 0.5 : x + ww > heroW + 0.5;
        if (template.extension() == ExtensionStyle.AUTO
                && (before && !smoothEdge(hero.grid(), zone.isBand() ? Side.TOP : Side.LEFT)
                || after && !smoothEdge(hero.grid(), zone.isBand() ? Side.BOTTOM : Side.RIGHT))) {
            return null;
        }
        double extended = zone.isBand() ? Math.max(0, -y) + Math.max(0, y + wh - heroH)
                : Math.max(0, -x) + Math.max(0, x + ww - heroW);
        if (extended > (zone.isBand() ? wh : ww) * MAX_TEXT_EXTENSION) {
            return null;
        }
        return framing(hero, new CropWindow(x, y, ww, wh, known), canvasWidth, template, kitColour);
    }

    /** The framing of a window, with the extension its reach past the hero makes. */
    private Framing framing(ReducedHero hero, CropWindow crop, int canvasWidth, LayoutTemplate template,
                            RgbColor kitColour) {
        double s = canvasWidth / crop.width();
        int top = (int) Math.round(Math.max(0, -crop.y()) * s);
        int bottom = (int) Math.round(Math.max(0, crop.bottom() - hero.heroHeight()) * s);
        int left = (int) Math.round(Math.max(0, -crop.x()) * s);
        int right = (int) Math.round(Math.max(0, crop.right() - hero.heroWidth()) * s);
        if (top + bottom + left + right == 0) {
            return new Framing(crop, CanvasExtension.NONE);
        }
        return new Framing(crop, fill(hero, template.extension(), kitColour, top, bottom, left, right));
    }

    /**
     * The smallest window of the ratio that holds the product with its room, reaching past the
     * hero on the sides it must, with the extra space placed so the product lands on its target.
     */
    private Framing extend(ReducedHero hero, Box known, Box room, double aspect, int canvasWidth, int canvasHeight,
                           LayoutTemplate template, RgbColor kitColour, TextRoom preferred) {
        int heroW = hero.heroWidth();
        int heroH = hero.heroHeight();
        // Room is measured inside the hero; where the product touches the hero's edge, extension adds it.
        Box need = new Box(room.x(), room.y(), room.width(), room.height());
        double ww = Math.max(need.width(), need.height() * aspect);
        double wh = ww / aspect;
        double maxW = heroW / MIN_PHOTO_SHARE;
        double maxH = heroH / MIN_PHOTO_SHARE;
        if (ww > maxW || wh > maxH) {
            double shrink = Math.min(maxW / ww, maxH / wh);
            ww *= shrink;
            wh *= shrink;
        }
        double[] target = preferred.target();
        double cx = known.x() + known.width() / 2.0;
        double cy = known.y() + known.height() / 2.0;
        double x = position(cx - target[0] * ww, ww, heroW, need.x(), need.right());
        double y = position(cy - target[1] * wh, wh, heroH, need.y(), need.bottom());
        return framing(hero, new CropWindow(x, y, ww, wh, known), canvasWidth, template, kitColour);
    }

    /**
     * The window's start along one axis. A window longer than the hero covers all of it (the
     * extension splits around it as the target asks); a shorter one keeps {@code [keep0, keep1)}.
     */
    private static double position(double ideal, double size, int heroSize, double keep0, double keep1) {
        if (size >= heroSize) {
            return clamp(ideal, heroSize - size, 0);
        }
        double lo = Math.max(0, keep1 - size);
        double hi = Math.min(heroSize - size, keep0);
        return clamp(ideal, Math.min(lo, hi), hi);
    }

    private CanvasExtension fill(ReducedHero hero, ExtensionStyle style, RgbColor kitColour, int top, int bottom,
                                 int left, int right) {
        if (style == ExtensionStyle.COLOUR) {
            return new CanvasExtension(ExtensionFill.COLOUR, top, bottom, left, right, kitColour);
        }
        if (style == ExtensionStyle.AUTO) {
            boolean smooth = (top == 0 || smoothEdge(hero.grid(), Side.TOP))
                    && (bottom == 0 || smoothEdge(hero.grid(), Side.BOTTOM))
                    && (left == 0 || smoothEdge(hero.grid(), Side.LEFT))
                    && (right == 0 || smoothEdge(hero.grid(), Side.RIGHT));
            if (smooth) {
                return new CanvasExtension(ExtensionFill.BACKDROP, top, bottom, left, right, null);
            }
        }
        return new CanvasExtension(ExtensionFill.BLUR, top, bottom, left, right, null);
    }

    enum Side { TOP, BOTTOM, LEFT, RIGHT }

    /**
     * Whether the photo's outer strip on one side is smooth backdrop (a sweep, a vignette, a clear
     * sky): along the edge it changes only gradually, and across the strip hardly at all. Texture
     * (foliage, wood grain, a crowd) fails either test, and carrying it outward would show.
     */
    static boolean smoothEdge(PixelGrid grid, Side side) {
        int w = grid.width();
        int h = grid.height();
        boolean rows = side == Side.TOP || side == Side.BOTTOM;
        int length = rows ? w : h;
        int depth = Math.max(2, (int) Math.round((rows ? h : w) * EDGE_STRIP));
        float[][] profile = new float[length][3];
        double across = 0;
        float[] lab = new float[3];
        for (int p = 0; p < length; p++) {
            float[] sum = new float[3];
            float[] sumSq = new float[3];
            for (int d = 0; d < depth; d++) {
                int x = rows ? p : side == Side.LEFT ? d : w - 1 - d;
                int y = rows ? (side == Side.TOP ? d : h - 1 - d) : p;
                CieLab.of(grid.argb()[y * w + x], lab);
                for (int k = 0; k < 3; k++) {
                    sum[k] += lab[k];
                    sumSq[k] += lab[k] * lab[k];
                }
            }
            double spread = 0;
            for (int k = 0; k < 3; k++) {
                profile[p][k] = sum[k] / depth;
                spread += Math.max(0, sumSq[k] / depth - profile[p][k] * profile[p][k]);
            }
            across += Math.sqrt(spread);
        }
        across /= length;
        int radius = Math.max(2, (int) Math.round(length * 0.03));
        double along = 0;
        for (int p = 0; p < length; p++) {
            double[] mean = new double[3];
            int n = 0;
            for (int q = Math.max(0, p - radius); q <= Math.min(length - 1, p + radius); q++) {
                for (int k = 0; k < 3; k++) {
                    mean[k] += profile[q][k];
                }
                n++;
            }
            double d = 0;
            for (int k = 0; k < 3; k++) {
                double diff = profile[p][k] - mean[k] / n;
                d += diff * diff;
            }
            along += d;
        }
        along = Math.sqrt(along / length);
        return across <= SMOOTH_ACROSS && along <= SMOOTH_ALONG;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
