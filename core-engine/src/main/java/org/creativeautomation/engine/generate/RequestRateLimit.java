package org.creativeautomation.engine.generate;

import java.time.Duration;
import java.util.Objects;

/**
 * A client-side token bucket: up to {@code requestsPerMinute} calls in a burst, refilled evenly
 * over the minute. A caller reserves a slot and is told how long to wait for it, so waiting goes
 * through the injected {@link Sleeper} and the bucket never blocks by itself.
 */
public final class RequestRateLimit {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final double capacity;
    private final double nanosPerToken;
    private final NanoClock clock;

    private double tokens;
    private long refilledAt;

    public RequestRateLimit(int requestsPerMinute, NanoClock clock) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + requestsPerMinute);
        }
        this.capacity = requestsPerMinute;
        this.nanosPerToken = (double) MINUTE_NANOS / requestsPerMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = capacity;
        this.refilledAt = clock.nanoTime();
    }

    /**
     * Takes one slot and returns how long the caller must wait before using it; zero when a
     * token was there. Slots taken ahead of time drive the bucket below zero, which queues later
     * callers behind earlier ones.
     */
    public synchronized Duration reserve() {
        long now = clock.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) / nanosPerToken);
        refilledAt = now;
        tokens -= 1;
        return tokens >= 0 ? Duration.ZERO : Duration.ofNanos(Math.round(-tokens * nanosPerToken));
    }
}
