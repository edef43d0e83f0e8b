package org.creativeautomation.engine.generate;

/** A monotonic time source in nanoseconds; injected so tests can step time forward. */
@FunctionalInterface
public interface NanoClock {

    NanoClock SYSTEM = System::nanoTime;

    long nanoTime();
}
