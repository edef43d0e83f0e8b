package org.creativeautomation.engine.brief;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A brief's {@code budget}: what the campaign may spend on image generation over all its runs.
 *
 * @param maxUsd US dollars, 0 or more (0: no paid generation at all)
 */
public record CampaignBudget(BigDecimal maxUsd) {
    public CampaignBudget {
        Objects.requireNonNull(maxUsd, "maxUsd");
        if (maxUsd.signum() < 0) {
            throw new IllegalArgumentException("a budget must not be negative, was " + maxUsd);
        }
    }
}
