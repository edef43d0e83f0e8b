package org.creativeautomation.engine.generate;

import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An image a provider made for a request.
 *
 * @param provider who actually made it (a router may have fallen back from the requested provider)
 * @param model    the model that made it
 * @param costUsd  what the call cost, 0 for local generation
 * @param metadata provider facts worth keeping with the image, e.g. {@code subjectBox = "x,y,w,h"}
 */
public record GeneratedImage(
        BufferedImage image,
        GenerationRequest request,
        String provider,
        String model,
        double costUsd,
        Map<String, String> metadata) {

    /** Metadata key of the product's bounding box in image pixels, written {@code "x,y,w,h"}. */
    public static final String SUBJECT_BOX = "subjectBox";

    public GeneratedImage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
