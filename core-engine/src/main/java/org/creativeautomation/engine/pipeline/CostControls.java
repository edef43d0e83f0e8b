package org.creativeautomation.engine.pipeline;

import java.math.BigDecimal;

/**
 * How a run may spend on image generation.
 *
 * @param budgetUsd what this run may spend on paid providers in US dollars, null for no cap (the
 *                  brief's {@code budget.maxUsd} caps the campaign as a whole on top)
 * @param noCache   generate every hero afresh instead of taking the generation cache's image (the
 *                  new images are still cached)
 * @param force     run even when the brief's copy fails the legal checks that would fail every
 *                  creative; without it such a run stops before any paid call
 */
public record CostControls(BigDecimal budgetUsd, boolean noCache, boolean force) {
    public static final CostControls NONE = new CostControls(null, false, false);

    public CostControls {
        if (budgetUsd != null && budgetUsd.signum() < 0) {
            throw new IllegalArgumentException("a budget must not be negative, was " + budgetUsd);
        }
    }
}
