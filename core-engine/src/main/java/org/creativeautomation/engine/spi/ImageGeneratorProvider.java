package org.creativeautomation.engine.spi;

import java.util.Optional;

/**
 * The ServiceLoader entry point of an image plugin, listed in
 * {@code META-INF/services/org.creativeautomation.engine.spi.ImageGeneratorProvider}.
 * Needs a public no-argument constructor.
 */
public interface ImageGeneratorProvider {

    /** The id of the generators it creates. */
    String id();

    /** A ready generator, or empty when the settings lack what it needs (e.g. no API key). */
    Optional<ImageGenerator> create(ProviderSettings settings);
}
