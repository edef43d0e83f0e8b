package org.creativeautomation.engine.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an image provider made.
 *
 * @param images   encoded PNG or JPEG files, at least one
 * @param costUsd  what the call cost
 * @param metadata provider facts worth keeping with the images (model version, request id, ...)
 */
public record ImageResult(List<byte[]> images, double costUsd, Map<String, String> metadata) {

    public ImageResult {
        // Copies the arrays too: a provider reusing its buffers must not change a stored result.
        images = images.stream().map(byte[]::clone).toList();
        if (images.isEmpty()) {
            throw new IllegalArgumentException("a result needs at least one image");
        }
        if (costUsd < 0) {
            throw new IllegalArgumentException("cost must not be negative, was " + costUsd);
        }
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
