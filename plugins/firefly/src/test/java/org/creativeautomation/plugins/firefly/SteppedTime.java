package org.creativeautomation.plugins.firefly;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when someone sleeps on it or a test steps it; records every sleep. */
final class SteppedTime implements MonotonicClock, Sleeper {
    private long now = 1_000_000_000L;
    private final List<Duration> sleeps = new ArrayList<>();
    private boolean interruptNext;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        sleeps.add(duration);
        if (interruptNext) {
            interruptNext = false;
            throw new InterruptedException("caller gave up");
        }
        now += duration.toNanos();
    }

    /** The next sleep ends as if the sleeping thread were interrupted. */
    synchronized void interruptNextSleep() {
        interruptNext = true;
    }

    synchronized void advance(Duration duration) {
        now += duration.toNanos();
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
