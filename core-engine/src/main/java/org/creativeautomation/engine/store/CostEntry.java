package org.creativeautomation.engine.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the cost ledger: a provider call, or a generation-cache hit that stood in for one.
 *
 * @param width          the size priced (what the provider renders for the request)
 * @param quality        null when the price does not depend on one
 * @param outcome        how the call ended ({@code succeeded}, {@code failed-over}, ...) or {@code cache-hit}
 * @param costMicros     what it cost, in micro-dollars; 0 for a cache hit
 * @param estimateMicros the price table's estimate in micro-dollars (for a cache hit, what it saved);
 *                       null when the table knows no price
 */
public record CostEntry(Instant at, String campaign, String product, String provider, String model, int width,
                        int height, String quality, String outcome, boolean cacheHit, long costMicros,
                        Long estimateMicros, long latencyMs) {

    /** The outcome of a generation-cache hit. */
    public static final String CACHE_HIT = "cache-hit";

    public CostEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(outcome, "outcome");
        if (costMicros < 0 || estimateMicros != null && estimateMicros < 0 || latencyMs < 0) {
            throw new IllegalArgumentException("cost, estimate and latency must not be negative");
        }
        if (cacheHit && costMicros != 0) {
            throw new IllegalArgumentException("a cache hit costs nothing, not " + costMicros + " micro-dollars");
        }
    }
}
