package org.creativeautomation.engine.localize.market;

import org.creativeautomation.engine.compose.Ratio;

import java.util.List;

/**
 * An ad platform and the ratios its placements take.
 *
 * @param id   as the market data names it, e.g. {@code google-display}
 * @param name as people know it, e.g. {@code Google Display}
 */
public record Platform(String id, String name, List<Ratio> ratios) {
    public Platform {
        ratios = List.copyOf(ratios);
    }
}
