package org.creativeautomation.plugins.firefly;

import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;

import java.time.Duration;
import java.util.Objects;

/**
 * Keeps job submissions under Firefly's per-organisation quota (4 a minute by default): a token
 * bucket holding up to {@code requestsPerMinute} submissions, refilled evenly over the minute.
 * Callers queue behind each other and wait through the injected {@link Sleeper}.
 * <p>The router in front of every provider has a requests-per-minute limit of its own, but one
 * value for all providers and nothing in the spi lets a provider declare its own; Firefly's is
 * far below the router's default, so the plugin keeps it. Status polls and downloads are not
 * counted: Adobe's own guides poll once a second.
 */
final class SubmissionRateLimit {
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final double capacity;
    private final double nanosPerToken;
    private final MonotonicClock clock;
    private final Sleeper sleeper;

    private double tokens;
    private long refilledAt;

    SubmissionRateLimit(int requestsPerMinute, MonotonicClock clock, Sleeper sleeper) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + requestsPerMinute);
        }
        this.capacity = requestsPerMinute;
        this.nanosPerToken = (double) MINUTE_NANOS / requestsPerMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.tokens = capacity;
        this.refilledAt = clock.nanoTime();
    }

    /**
     * Waits until a submission may start.
     *
     * @throws ProviderException with {@link Failure#CANCELLED} when interrupted while waiting
     */
    void acquire() {
        Duration wait = reserve();
        if (wait.isZero()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(Failure.CANCELLED, "Firefly submission cancelled while waiting for the rate limit",
                    null, e);
        }
    }

    /** Takes a slot, ahead of time if need be, and says how long to wait for it. */
    private synchronized Duration reserve() {
        long now = clock.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) / nanosPerToken);
        refilledAt = now;
        tokens -= 1;
        return tokens >= 0 ? Duration.ZERO : Duration.ofNanos(Math.round(-tokens * nanosPerToken));
    }
}
