package org.creativeautomation.engine.spi;

import java.util.List;

/**
 * What an image provider can do, so callers can pick a provider before paying for a call.
 *
 * @param models            model names the provider accepts; the first is its default
 * @param sizes             output sizes it produces; empty means any size
 * @param negativePrompts   whether it honours {@link ImageGenerationRequest#negativePrompt()}
 * @param seeds             whether the same seed gives the same image
 * @param pricePerImageUsd  list price of one image, 0 for local generation
 */
public record ImageCapabilities(
        List<String> models,
        List<ImageSize> sizes,
        boolean negativePrompts,
        boolean seeds,
        double pricePerImageUsd) {

    public ImageCapabilities {
        models = List.copyOf(models);
        sizes = List.copyOf(sizes);
        if (pricePerImageUsd < 0) {
            throw new IllegalArgumentException("price must not be negative, was " + pricePerImageUsd);
        }
    }

    /** Whether a request for this size can be served as asked. */
    public boolean supports(int width, int height) {
        return sizes.isEmpty() || sizes.contains(new ImageSize(width, height));
    }
}
