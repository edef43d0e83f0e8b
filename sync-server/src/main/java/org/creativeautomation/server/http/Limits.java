package org.creativeautomation.server.http;

/** What one request may ask of the server. */
public record Limits(long jsonBytes, long blobBytes, int requestsPerMinute, int pushMutations, int pullLimit) {
    public static final Limits DEFAULTS = new Limits(8L << 20, 1L << 30, 1200, 500, 1000);

    public Limits {
        if (jsonBytes < 1024 || blobBytes < 1 || requestsPerMinute < 1 || pushMutations < 1 || pullLimit < 1) {
            throw new IllegalArgumentException("limits must be positive (limits.jsonBytes at least 1024): " + this);
        }
    }
}
