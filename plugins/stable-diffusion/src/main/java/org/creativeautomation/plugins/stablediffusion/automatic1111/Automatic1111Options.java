package org.creativeautomation.plugins.stablediffusion.automatic1111;

import java.util.Objects;

/**
 * How txt2img is asked, from the {@code SD_WEBUI_*} settings.
 *
 * @param checkpoint checkpoint title to switch to for each call; null keeps the one loaded in the WebUI
 * @param sampler    sampler name as the WebUI lists it ({@code GET /sdapi/v1/samplers})
 * @param steps      sampling steps
 * @param cfgScale   classifier-free guidance scale
 * @param maxSide    longest side asked for; larger requests are scaled down keeping their shape
 */
public record Automatic1111Options(String checkpoint, String sampler, int steps, double cfgScale, int maxSide) {

    public Automatic1111Options {
        Objects.requireNonNull(sampler, "sampler");
    }
}
