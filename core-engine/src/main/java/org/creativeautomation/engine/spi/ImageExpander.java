package org.creativeautomation.engine.spi;

/**
 * A provider's generative expand (outpainting): draws new margins around an image so it reaches a
 * larger canvas. Offered by an {@link ImageGenerator} through {@link ImageGenerator#expander()}.
 * Must be safe to call from several threads; failures are reported as {@link ProviderException}.
 */
public interface ImageExpander {

    /** The model that draws the margins, as the provider names it; cache keys and prices use it. */
    String model();

    /**
     * The expanded image: the source where the margins leave it, the margins drawn to continue it.
     * It should be {@link ExpandRequest#expandedWidth()} x {@link ExpandRequest#expandedHeight()}
     * pixels; another size of the same shape is scaled by the caller. The caller lays the source's
     * own pixels back over it, so what the model does to the source area does not show.
     *
     * @throws ProviderException when the provider cannot deliver
     */
    ImageResult expand(ExpandRequest request);
}
