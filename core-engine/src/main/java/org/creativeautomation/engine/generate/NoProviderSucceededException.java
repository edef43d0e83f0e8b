package org.creativeautomation.engine.generate;

import java.util.List;

/** Every provider failed, refused or was skipped; the attempts say what happened to each. */
public final class NoProviderSucceededException extends RuntimeException {

    private final transient List<Attempt> attempts;

    public NoProviderSucceededException(List<Attempt> attempts, Throwable lastFailure) {
        super("no image provider succeeded after " + attempts.size() + " attempts", lastFailure);
        this.attempts = List.copyOf(attempts);
    }

    public List<Attempt> attempts() {
        return attempts;
    }
}
