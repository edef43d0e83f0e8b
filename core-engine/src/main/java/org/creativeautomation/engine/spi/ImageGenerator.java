package org.creativeautomation.engine.spi;

import java.util.Optional;

/**
 * A source of images: a hosted model, a local one, or the studio's offline renderer.
 * Implementations must be safe to call from several threads; failures are reported as
 * {@link ProviderException} so a router can tell a refusal from an outage.
 */
public interface ImageGenerator {

    /** Stable provider id, e.g. {@code local} or {@code openai}; written into manifests. */
    String id();

    ImageCapabilities capabilities();

    /** @throws ProviderException when the provider cannot deliver */
    ImageResult generate(ImageGenerationRequest request);

    /**
     * The provider's generative expand, when it has one: the composer asks it to widen a photo
     * for a ratio the photo cannot fill without cutting the product. Empty by default.
     */
    default Optional<ImageExpander> expander() {
        return Optional.empty();
    }
}
