package org.creativeautomation.server.http;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Requests per credential as token buckets: a burst of up to a minute's allowance, refilled
 * continuously. Buckets live in this server's memory: losing them on restart only forgives some
 * requests, and behind a balancer each instance admits its own share.
 */
public final class RateLimiter {
    private final Clock clock;
    private final double perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("limits.requestsPerMinute must be at least 1, not " + perMinute);
        }
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Takes one request from the key's bucket; returns 0 when admitted, else the seconds until one is free. */
    public long acquire(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missing = 1 - bucket.tokens;
            return Math.max(1, (long) Math.ceil(missing * 60.0 / perMinute));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now, double perMinute) {
            if (now > refilledAt) {
                tokens = Math.min(perMinute, tokens + (now - refilledAt) * perMinute / 60_000.0);
                refilledAt = now;
            }
        }
    }
}
