package org.creativeautomation.engine.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * The ServiceLoader entry point of a moderation plugin, listed in
 * {@code META-INF/services/org.creativeautomation.engine.spi.ContentModeratorProvider}.
 * Needs a public no-argument constructor.
 */
public interface ContentModeratorProvider {
    /** The id of the moderators it creates. */
    String id();

    /** The settings a user must give for {@link #create} to succeed, named when they are missing. */
    default String settingsNeeded() {
        return id().toUpperCase(Locale.ROOT).replace('-', '_') + "_API_KEY";
    }

    /**
     * A ready moderator, or empty when the settings lack what it needs.
     *
     * @throws IllegalArgumentException when a setting is present but unusable; the message names it
     */
    Optional<ContentModerator> create(ProviderSettings settings);
}
