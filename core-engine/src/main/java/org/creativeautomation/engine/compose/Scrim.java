package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

/**
 * A brand-coloured band behind the text that keeps it readable on any photo. It is solid from
 * {@code solidFrom} to the edge it hangs from and fades to transparent over the rest of the band,
 * with an eased ramp (a straight fade leaves a visible edge on photos). Behind text in a calm
 * region it is a soft panel instead: solid over the text and fading out on every side.
 *
 * @param edge      the canvas edge the band hangs from, or {@link ScrimEdge#AROUND} for a panel
 * @param solidFrom where the colour reaches full {@code opacity}: a y for a top or bottom band, an x
 *                  for a left or right one; for a panel, how far its fade reaches past the solid part
 * @param opacity   as little as the text's measured contrast needs; 0 when the photo alone is enough
 */
public record Scrim(Box band, ScrimEdge edge, int solidFrom, RgbColor color, double opacity) {

    /** The part of the band at full opacity; null when the band is all fade. */
    public Box solidPart() {
        return switch (edge) {
            case AROUND -> {
                int fade = solidFrom;
                yield band.width() > 2 * fade && band.height() > 2 * fade
                        ? new Box(band.x() + fade, band.y() + fade, band.width() - 2 * fade, band.height() - 2 * fade)
                        : null;
            }
            case BOTTOM -> {
                int top = Math.max(band.y(), solidFrom);
                yield band.bottom() > top ? new Box(band.x(), top, band.width(), band.bottom() - top) : null;
            }
            case TOP -> {
                int bottom = Math.min(band.bottom(), solidFrom);
                yield bottom > band.y() ? new Box(band.x(), band.y(), band.width(), bottom - band.y()) : null;
            }
            case RIGHT -> {
                int left = Math.max(band.x(), solidFrom);
                yield band.right() > left ? new Box(left, band.y(), band.right() - left, band.height()) : null;
            }
            case LEFT -> {
                int right = Math.min(band.right(), solidFrom);
                yield right > band.x() ? new Box(band.x(), band.y(), right - band.x(), band.height()) : null;
            }
        };
    }

    /**
     * The scrim's alpha (0 to 255, as drawn) at canvas pixel {@code (x, y)}: what the renderer
     * composites there, so that the solver can measure contrast through exactly the same scrim.
     */
    public int alphaAt(int x, int y) {
        if (x < band.x() || x >= band.right() || y < band.y() || y >= band.bottom()) {
            return 0;
        }
        if (edge == ScrimEdge.AROUND) {
            // Distance past the solid part, the larger of the two axes: the fade follows the panel's outline.
            int fade = solidFrom;
            int dx = Math.max(band.x() + fade - x, x - (band.right() - 1 - fade));
            int dy = Math.max(band.y() + fade - y, y - (band.bottom() - 1 - fade));
            int outside = Math.max(0, Math.max(dx, dy));
            return alphaAlong(fade - outside, 0, fade);
        }
        int along = edge.isHorizontal() ? y : x;
        int fadeStart = switch (edge) {
            case BOTTOM -> band.y();
            case TOP -> band.bottom();
            case RIGHT -> band.x();
            case LEFT -> band.right();
            case AROUND -> throw new AssertionError("a panel has no single fade axis");
        };
        return alphaAlong(along, fadeStart, solidFrom);
    }

    /** Alpha at a position along the fade axis, given where the fade starts (transparent) and where it is solid. */
    private int alphaAlong(int along, int fadeStart, int solidFrom) {
        int full = (int) Math.round(opacity * 255);
        boolean towardsLarger = solidFrom >= fadeStart;
        boolean solid = towardsLarger ? along >= solidFrom : along < solidFrom;
        if (solid || solidFrom == fadeStart) {
            return full;
        }
        double t = (along + 0.5 - fadeStart) / (solidFrom - fadeStart);
        t = Math.max(0, Math.min(1, t));
        return (int) Math.round(full * t * t * (3 - 2 * t));
    }
}
