package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageResult;

import java.util.Optional;

/**
 * Decides whether an image a provider delivered is fit to use. The router asks after every
 * successful call; a rejected image is recorded as an attempt and the provider asked again.
 * Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface ImageAcceptance {

    /** Takes every image as delivered. */
    ImageAcceptance ANY = (request, result) -> Optional.empty();

    /** Why the image cannot be used, in a few words for the manifest (e.g. {@code blank}); empty to accept it. */
    Optional<String> rejection(ImageGenerationRequest request, ImageResult result);

    /**
     * Why an expansion cannot be used; empty to accept it. By default it is judged as an image
     * generated for {@code priced} (the expand model at the expanded canvas's size). An expander may
     * answer another size of the canvas's shape, and the caller lays the source's own pixels back
     * over the answer, so an implementation that judges size or content may judge expansions apart.
     */
    default Optional<String> expansionRejection(ExpandRequest request, ImageGenerationRequest priced,
                                                ImageResult result) {
        return rejection(priced, result);
    }
}
