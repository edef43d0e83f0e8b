package org.creativeautomation.engine.generate;

import java.util.Locale;
import java.util.Objects;

/**
 * One call the router made, or decided not to make, on the way to an image; the manifest's hero
 * entry lists these as {@code attempts: [{provider, outcome, latencyMs}]}.
 *
 * @param detail  why the attempt ended as it did, for outcomes that need saying (a rejection's
 *                reason such as {@code blank}); null otherwise
 * @param costUsd what the provider reported for an image the router did not use: a
 *                {@link Outcome#REJECTED rejected} image is paid for all the same, so its cost is
 *                kept here for budgets and the cost ledger. 0 for every other outcome: the image
 *                used carries its cost in its result, and a call that delivered nothing cost nothing
 */
public record Attempt(String provider, Outcome outcome, long latencyMs, String detail, double costUsd) {

    /** What became of an attempt. */
    public enum Outcome {
        /** The provider delivered. */
        SUCCEEDED,
        /** A transient failure; the same provider is asked again after a backoff. */
        RETRIED,
        /** A content-policy refusal; the same provider is asked again with a sanitised prompt. */
        REFUSED,
        /** The provider delivered an image the quality gate turned down; it is asked for another. */
        REJECTED,
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
        if (costUsd < 0) {
            throw new IllegalArgumentException("cost must not be negative, was " + costUsd);
        }
    }

    public Attempt(String provider, Outcome outcome, long latencyMs) {
        this(provider, outcome, latencyMs, null);
    }

    public Attempt(String provider, Outcome outcome, long latencyMs, String detail) {
        this(provider, outcome, latencyMs, detail, 0);
    }

    /** The outcome as manifests write it: {@code failed-over}, {@code rejected: blank}. */
    public String label() {
        String name = outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return detail == null ? name : name + ": " + detail;
    }
}
