package org.creativeautomation.engine.generate;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently one provider is retried after a transient failure.
 *
 * @param maxAttempts attempts per provider, the first included
 * @param base        wait before the first retry; doubles for each further retry
 * @param max         cap on any backoff wait
 * @param jitter      fraction (0..1) by which a wait may be shortened at random, so many clients
 *                    that failed together do not retry together
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration max, double jitter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), 0.2);

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 <= base <= max, was " + base + " and " + max);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
        }
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry): {@code base * 2^(retry-1)},
     * capped at {@code max}, then shortened by up to {@code jitter} of itself. Jitter only ever
     * shortens, so the cap holds.
     */
    public Duration backoff(int retry, RandomGenerator random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, was " + retry);
        }
        // Doubling past 2^30 overflows long nanos long before it matters; the cap wins anyway.
        long exponential = retry > 31 ? Long.MAX_VALUE : multiplySaturated(base.toNanos(), 1L << (retry - 1));
        long capped = Math.min(exponential, max.toNanos());
        long shortened = Math.round(capped * jitter * random.nextDouble());
        return Duration.ofNanos(capped - shortened);
    }

    private static long multiplySaturated(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }
}
