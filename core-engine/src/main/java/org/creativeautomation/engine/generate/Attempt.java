package org.creativeautomation.engine.generate;

import java.util.Objects;

/**
 * One call the router made, or decided not to make, on the way to an image; the manifest's hero
 * entry lists these as {@code attempts: [{provider, outcome, latencyMs}]}.
 */
public record Attempt(String provider, Outcome outcome, long latencyMs) {

    /** What became of an attempt. */
    public enum Outcome {
        /** The provider delivered. */
        SUCCEEDED,
        /** A transient failure; the same provider is asked again after a backoff. */
        RETRIED,
        /** A content-policy refusal; the same provider is asked again with a sanitised prompt. */
        REFUSED,
        /** The provider is given up on for this request; the next one is asked. */
        FAILED_OVER,
        /** Not called: its circuit breaker is open. */
        CIRCUIT_OPEN,
        /** Not called: the call would have gone over a spending cap. */
        OVER_BUDGET,
        /** The caller cancelled while this attempt was running or waiting. */
        CANCELLED
    }

    public Attempt {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(outcome, "outcome");
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latency must not be negative, was " + latencyMs);
        }
    }
}
