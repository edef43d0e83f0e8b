package org.creativeautomation.engine.generate;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-provider protections the router applies to every provider it holds.
 *
 * @param breakerThreshold  consecutive failures that open a provider's circuit
 * @param breakerCoolDown   how long an open circuit stays open before a trial call
 * @param maxConcurrent     calls in flight at once to one provider
 * @param requestsPerMinute calls started per minute to one provider
 */
public record ProviderLimits(int breakerThreshold, Duration breakerCoolDown, int maxConcurrent,
                             int requestsPerMinute) {

    public static final ProviderLimits DEFAULT = new ProviderLimits(5, Duration.ofSeconds(30), 4, 60);

    public ProviderLimits {
        Objects.requireNonNull(breakerCoolDown, "breakerCoolDown");
        if (breakerThreshold < 1 || maxConcurrent < 1 || requestsPerMinute < 1) {
            throw new IllegalArgumentException("limits must be at least 1: " + breakerThreshold + ", "
                    + maxConcurrent + ", " + requestsPerMinute);
        }
    }
}
