package org.creativeautomation.plugins.firefly;

import java.time.Duration;

/** Waits on the calling thread; injected so tests record the waits instead of taking them. */
@FunctionalInterface
interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
