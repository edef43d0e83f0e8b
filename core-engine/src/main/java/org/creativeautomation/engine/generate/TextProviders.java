package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextGeneratorProvider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The text providers installed (found by ServiceLoader: every text plugin on the class path),
 * turned into the ordered chain a run asks for with {@code --text-provider a,b}. There is no
 * offline text provider: without a configured plugin, copy comes from the brief alone.
 */
public final class TextProviders {
    private final Map<String, TextGeneratorProvider> installed = new LinkedHashMap<>();

    public TextProviders() {
        this(ServiceLoader.load(TextGeneratorProvider.class));
    }

    /** The given providers instead of the class path's; the first of a repeated id wins. */
    public TextProviders(Iterable<? extends TextGeneratorProvider> providers) {
        for (TextGeneratorProvider provider : providers) {
            installed.putIfAbsent(provider.id(), provider);
        }
    }

    public List<String> ids() {
        return List.copyOf(installed.keySet());
    }

    /**
     * The generators of the chain, in the order given, each created from the settings.
     *
     * @throws InvalidInputException naming the id when it is unknown, unconfigured or repeated
     */
    public List<TextGenerator> chain(List<String> ids, ProviderSettings settings) {
        return chain(ids, settings, "--text-provider");
    }

    /**
     * As {@link #chain(List, ProviderSettings)}, for ids given elsewhere.
     *
     * @param origin where the ids came from, as messages name it: {@code --translator}, or a studio.yaml line
     */
    public List<TextGenerator> chain(List<String> ids, ProviderSettings settings, String origin) {
        List<TextGenerator> chain = new ArrayList<>();
        var seen = new HashSet<String>();
        for (String raw : ids) {
            String id = raw.trim();
            if (id.isEmpty()) {
                continue;
            }
            if (!seen.add(id)) {
                throw new InvalidInputException(origin + " " + id + ": listed twice");
            }
            TextGeneratorProvider provider = installed.get(id);
            if (provider == null) {
                throw new InvalidInputException(origin + " " + id + ": unknown text provider (installed: "
                        + (installed.isEmpty() ? "none" : String.join(", ", ids())) + ")");
            }
            chain.add(created(provider, settings, origin).orElseThrow(() -> new InvalidInputException(origin + " "
                    + id + ": not configured (set " + provider.settingsNeeded() + " in studio.yaml or the environment)")));
        }
        if (chain.isEmpty()) {
            throw new InvalidInputException(origin + ": no provider given (e.g. " + origin + " anthropic,openai)");
        }
        return chain;
    }

    /** The provider's generator; a setting it cannot use is the user's input, not an internal error. */
    private static Optional<TextGenerator> created(TextGeneratorProvider provider, ProviderSettings settings,
                                                   String origin) {
        try {
            return provider.create(settings);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(origin + " " + provider.id() + ": " + e.getMessage());
        }
    }
}
