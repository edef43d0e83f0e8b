package org.creativeautomation.engine.generate;

import java.time.Duration;

/** Waits between provider attempts; injected so tests record the waits instead of taking them. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
