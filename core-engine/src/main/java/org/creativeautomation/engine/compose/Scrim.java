package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

/**
 * A brand-coloured band behind the text that keeps it readable on any photo. It is solid from
 * {@code solidFrom} to the band's far edge and fades to transparent over the rest of the band.
 *
 * @param edge      the canvas edge the band hangs from
 * @param solidFrom the y where the colour reaches full {@code opacity}
 */
public record Scrim(Box band, ScrimEdge edge, int solidFrom, RgbColor color, double opacity) {
}
