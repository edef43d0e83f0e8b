package org.creativeautomation.plugins.firefly;

/**
 * A monotonic time source in nanoseconds, injected so tests can step time forward. The plugin
 * keeps its own because it may see nothing of the engine but the spi package.
 */
@FunctionalInterface
interface MonotonicClock {

    MonotonicClock SYSTEM = System::nanoTime;

    long nanoTime();
}
