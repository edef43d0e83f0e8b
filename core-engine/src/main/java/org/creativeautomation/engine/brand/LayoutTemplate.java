package org.creativeautomation.engine.brand;

import java.util.List;

/**
 * How a kit composes one ratio: what the platform covers, where text may go (in order of
 * preference) and how much margin the canvas keeps.
 *
 * @param zones         text zones to choose from, most preferred first; the solver takes the one
 *                      where the text covers the least of the product and the busiest photo
 * @param marginPercent margin between the canvas (or safe area) edge and text or logo, in % of the
 *                      canvas's shorter side
 * @param extension     how the canvas is extended when the product cannot fit the ratio uncut
 */
public record LayoutTemplate(SafeArea safeZone, List<TextZone> zones, double marginPercent, ExtensionStyle extension) {
    public LayoutTemplate {
        zones = List.copyOf(zones);
    }
}
