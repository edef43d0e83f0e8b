package org.creativeautomation.plugins.stablediffusion.comfyui;

import java.time.Duration;

/**
 * Waits between polls of ComfyUI's history; injected so tests step a clock instead of waiting.
 * The engine has its own; a plugin sees only the engine's spi package.
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
