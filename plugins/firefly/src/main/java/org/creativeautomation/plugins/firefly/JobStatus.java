package org.creativeautomation.plugins.firefly;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code status} of a Firefly async job. Firefly's schemas list {@code not_started},
 * {@code pending}, {@code running}, {@code cancel_pending}, {@code succeeded}, {@code failed},
 * {@code cancelled} (also spelled {@code canceled}) and {@code timeout}.
 */
enum JobStatus {
    NOT_STARTED, PENDING, RUNNING, CANCEL_PENDING, SUCCEEDED, FAILED, CANCELLED, TIMEOUT;

    /** Whether polling should stop: nothing will change any more. */
    boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == TIMEOUT;
    }

    /** The status for Firefly's wire name, or empty for a name it does not document. */
    static Optional<JobStatus> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.trim().toUpperCase(Locale.ROOT);
        if (normalised.equals("CANCELED")) {
            return Optional.of(CANCELLED);
        }
        try {
            return Optional.of(valueOf(normalised));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
