package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.spi.ContentModerator;
import org.creativeautomation.engine.spi.ContentModeratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The content moderators installed (found by ServiceLoader), one of which a run may ask to judge its heroes. */
public final class ModerationProviders {
    private final Map<String, ContentModeratorProvider> installed = new LinkedHashMap<>();

    public ModerationProviders() {
        this(ServiceLoader.load(ContentModeratorProvider.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public ModerationProviders(Iterable<? extends ContentModeratorProvider> providers) {
        for (ContentModeratorProvider provider : providers) {
            installed.putIfAbsent(provider.id(), provider);
        }
    }

    public List<String> ids() {
        return List.copyOf(installed.keySet());
    }

    /**
     * The moderator of that id, ready to call.
     *
     * @param origin how the user named it in messages, e.g. {@code --moderation}
     * @throws InvalidInputException for an unknown or unconfigured moderator, or a setting it cannot use
     */
    public ContentModerator moderator(String id, ProviderSettings settings, String origin) {
        String wanted = id.trim();
        ContentModeratorProvider provider = installed.get(wanted);
        if (provider == null) {
            throw new InvalidInputException(origin + " " + wanted + ": unknown content moderator (installed: "
                    + (installed.isEmpty() ? "none" : String.join(", ", ids())) + ")");
        }
        Optional<ContentModerator> moderator;
        try {
            moderator = provider.create(settings);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(origin + " " + wanted + ": " + e.getMessage());
        }
        return moderator.orElseThrow(() -> new InvalidInputException(origin + " " + wanted
                + ": not configured (set " + provider.settingsNeeded() + " in studio.yaml or the environment)"));
    }
}
