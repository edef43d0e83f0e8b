package org.creativeautomation.engine.generate;

import java.util.List;

/** Every provider failed, refused or was skipped; the attempts say what happened to each. */
public final class NoProviderSucceededException extends RuntimeException {

    private final transient List<Attempt> attempts;

    public NoProviderSucceededException(List<Attempt> attempts, Throwable lastFailure) {
        this("image", attempts, lastFailure);
    }

    /** @param kind what the providers were asked for, e.g. {@code image} or {@code text}; named in the message */
    public NoProviderSucceededException(String kind, List<Attempt> attempts, Throwable lastFailure) {
        super("no " + kind + " provider succeeded after " + attempts.size() + " attempts", lastFailure);
        this.attempts = List.copyOf(attempts);
    }

    public List<Attempt> attempts() {
        return attempts;
    }
}
