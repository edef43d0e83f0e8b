package org.creativeautomation.plugins.firefly;

import org.creativeautomation.engine.spi.Secret;

import java.util.Objects;

/**
 * An IMS access token and the monotonic instant after which it is no longer handed out.
 *
 * @param value          the bearer token
 * @param refreshAtNanos {@link MonotonicClock} reading at which a new token must be fetched
 */
record AccessToken(Secret value, long refreshAtNanos) {

    AccessToken {
        Objects.requireNonNull(value, "value");
    }

    boolean usableAt(long nowNanos) {
        // Subtraction keeps the comparison right across a wrap of nanoTime.
        return nowNanos - refreshAtNanos < 0;
    }
}
