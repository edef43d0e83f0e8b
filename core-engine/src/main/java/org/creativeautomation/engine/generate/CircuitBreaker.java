package org.creativeautomation.engine.generate;

import java.time.Duration;
import java.util.Objects;

/**
 * Stops calling a provider that keeps failing. Opens after {@code failureThreshold} consecutive
 * failures; after {@code coolDown} it lets one trial call through (half-open), which closes it on
 * success and re-opens it on failure. Time comes from the injected clock.
 */
public final class CircuitBreaker {

    /** Where the breaker stands. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long coolDownNanos;
    private final NanoClock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration coolDown, NanoClock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.coolDownNanos = coolDown.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a call may go ahead now; in half-open state only one trial call is let through. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && clock.nanoTime() - openedAt >= coolDownNanos) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void recordSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void recordFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.nanoTime();
            trialInFlight = false;
        }
    }

    /** Ends a let-through call that says nothing about the provider's health (e.g. a refusal). */
    public synchronized void recordNeutral() {
        trialInFlight = false;
    }

    public synchronized State state() {
        return state;
    }
}
