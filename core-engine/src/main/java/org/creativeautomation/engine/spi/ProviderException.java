package org.creativeautomation.engine.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception a provider throws. Unchecked so provider calls compose with streams and
 * executors; the {@link Failure} kind carries what a caller needs to decide what to do next.
 */
public class ProviderException extends RuntimeException {

    private final Failure failure;
    private final Duration retryAfter;

    public ProviderException(Failure failure, String message) {
        this(failure, message, null, null);
    }

    public ProviderException(Failure failure, String message, Duration retryAfter) {
        this(failure, message, retryAfter, null);
    }

    public ProviderException(Failure failure, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    public Failure failure() {
        return failure;
    }

    /** How long the provider asked callers to wait, e.g. from an HTTP Retry-After header. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
