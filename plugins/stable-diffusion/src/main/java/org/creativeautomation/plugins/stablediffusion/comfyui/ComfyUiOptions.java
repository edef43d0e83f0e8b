package org.creativeautomation.plugins.stablediffusion.comfyui;

import java.time.Duration;
import java.util.Objects;

/**
 * What fills a workflow's placeholders and how long to wait, from the {@code COMFYUI_*} settings.
 *
 * @param checkpoint   checkpoint file for {@code {{checkpoint}}}; null when the workflow has no such placeholder
 * @param steps        sampling steps for {@code {{steps}}}
 * @param cfg          guidance scale for {@code {{cfg}}}
 * @param maxSide      longest side asked for; larger requests are scaled down keeping their shape
 * @param timeout      longest wait for a queued prompt to finish, queue time included
 * @param pollInterval pause between two looks at the prompt's history
 */
public record ComfyUiOptions(String checkpoint, int steps, double cfg, int maxSide, Duration timeout,
                             Duration pollInterval) {

    public ComfyUiOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
    }
}
