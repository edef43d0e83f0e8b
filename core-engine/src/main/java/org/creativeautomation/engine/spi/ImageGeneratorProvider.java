package org.creativeautomation.engine.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * The ServiceLoader entry point of an image plugin, listed in
 * {@code META-INF/services/org.creativeautomation.engine.spi.ImageGeneratorProvider}.
 * Needs a public no-argument constructor.
 */
public interface ImageGeneratorProvider {

    /** The id of the generators it creates. */
    String id();

    /**
     * The settings a user must give for {@link #create} to succeed, as they would write them in a
     * message, e.g. {@code "OPENAI_API_KEY"}; named when the provider is asked for but not configured.
     */
    default String settingsNeeded() {
        return id().toUpperCase(Locale.ROOT).replace('-', '_') + "_API_KEY";
    }

    /**
     * A ready generator, or empty when the settings lack what it needs (e.g. no API key).
     *
     * @throws IllegalArgumentException when a setting is present but unusable; the message names it
     */
    Optional<ImageGenerator> create(ProviderSettings settings);
}
