package org.creativeautomation.engine.brand;

import java.util.List;

/**
 * Where and how large the logo may be.
 *
 * @param corners            allowed corners, in order of preference
 * @param minWidthPercent    minimum logo width as a percentage of the canvas width
 * @param clearSpacePercent  free space around the logo as a percentage of the logo's width
 */
public record LogoRules(List<Corner> corners, double minWidthPercent, double clearSpacePercent) {
    public LogoRules {
        corners = List.copyOf(corners);
    }
}
