package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageResult;

import java.util.List;
import java.util.Objects;

/**
 * The router's answer: the image, who made it, and every attempt that led to it.
 */
public record RoutedImage(ImageResult result, String provider, List<Attempt> attempts) {

    public RoutedImage {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(provider, "provider");
        attempts = List.copyOf(attempts);
    }
}
