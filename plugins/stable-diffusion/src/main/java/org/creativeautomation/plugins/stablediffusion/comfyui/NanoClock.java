package org.creativeautomation.plugins.stablediffusion.comfyui;

/** A monotonic time source in nanoseconds for the overall wait; injected so tests can step time. */
@FunctionalInterface
public interface NanoClock {

    NanoClock SYSTEM = System::nanoTime;

    long nanoTime();
}
