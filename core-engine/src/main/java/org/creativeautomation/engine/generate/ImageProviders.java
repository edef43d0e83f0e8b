package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The image providers installed (found by ServiceLoader: the offline one and every plugin on the
 * class path), turned into the ordered chain a run asks for with {@code --provider a,b}.
 */
public final class ImageProviders {
    private final Map<String, ImageGeneratorProvider> installed = new LinkedHashMap<>();

    public ImageProviders() {
        for (ImageGeneratorProvider provider : ServiceLoader.load(ImageGeneratorProvider.class)) {
            installed.putIfAbsent(provider.id(), provider);
        }
    }

    public List<String> ids() {
        return List.copyOf(installed.keySet());
    }

    /**
     * The generators of the chain, in order. {@code local} is the given offline generator (which
     * knows the products it draws); the others are created from the settings.
     */
    public List<ImageGenerator> chain(List<String> ids, ProviderSettings settings, ImageGenerator local) {
        List<ImageGenerator> chain = new ArrayList<>();
        for (String id : ids) {
            if (OfflineHeroGenerator.PROVIDER.equals(id)) {
                chain.add(local);
                continue;
            }
            ImageGeneratorProvider provider = installed.get(id);
            if (provider == null) {
                throw new InvalidInputException("--provider " + id + ": unknown image provider (installed: "
                        + String.join(", ", ids()) + ")");
            }
            chain.add(created(provider, settings).orElseThrow(() -> new InvalidInputException("--provider " + id
                    + ": not configured (set " + provider.settingsNeeded() + " in studio.yaml or the environment)")));
        }
        if (chain.isEmpty()) {
            throw new InvalidInputException("--provider: no provider given (e.g. --provider openai,local)");
        }
        return chain;
    }

    /** The provider's generator; a setting it cannot use is the user's input, not an internal error. */
    private static Optional<ImageGenerator> created(ImageGeneratorProvider provider, ProviderSettings settings) {
        try {
            return provider.create(settings);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--provider " + provider.id() + ": " + e.getMessage());
        }
    }
}
