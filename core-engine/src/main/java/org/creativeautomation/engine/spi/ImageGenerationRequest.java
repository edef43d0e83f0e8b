package org.creativeautomation.engine.spi;

import java.util.Objects;

/**
 * What an image provider is asked to make.
 *
 * @param model          provider model name; null lets the provider use its default
 * @param prompt         the prompt text
 * @param negativePrompt what to keep out of the image; null for none, ignored by providers without support
 * @param width          pixels
 * @param height         pixels
 * @param seed           null lets the provider choose
 * @param quality        provider-specific quality hint such as {@code standard} or {@code hd}; may be null
 */
public record ImageGenerationRequest(
        String model,
        String prompt,
        String negativePrompt,
        int width,
        int height,
        Long seed,
        String quality) {

    public ImageGenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
    }

    /** The same request with another prompt, e.g. a sanitised one after a content-policy refusal. */
    public ImageGenerationRequest withPrompt(String newPrompt) {
        return new ImageGenerationRequest(model, newPrompt, negativePrompt, width, height, seed, quality);
    }
}
