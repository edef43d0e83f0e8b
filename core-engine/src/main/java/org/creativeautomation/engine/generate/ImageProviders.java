package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.settings.Setting;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

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
        return chain(ids, settings, local, "--provider");
    }

    /** @param origin where the ids came from, as messages name it: {@code --provider}, or a studio.yaml line */
    public List<ImageGenerator> chain(List<String> ids, ProviderSettings settings, ImageGenerator local,
                                      String origin) {
        List<ImageGenerator> chain = new ArrayList<>();
        for (String id : ids) {
            if (OfflineHeroGenerator.PROVIDER.equals(id)) {
                chain.add(local);
                continue;
            }
            ImageGeneratorProvider provider = installed.get(id);
            if (provider == null) {
                throw new InvalidInputException(origin + " " + id + ": unknown image provider (installed: "
                        + String.join(", ", ids()) + ")");
            }
            chain.add(provider.create(settings).orElseThrow(() -> new InvalidInputException(origin + " " + id
                    + ": not configured (" + howToConfigure(id) + ")")));
        }
        if (chain.isEmpty()) {
            throw new InvalidInputException(origin + ": no provider given (e.g. --provider openai,local)");
        }
        return chain;
    }

    /** Where a provider's credentials go: its secret settings in studio.yaml, or their environment variables. */
    private static String howToConfigure(String id) {
        List<Setting> secrets = Arrays.stream(Setting.values())
                .filter(s -> s.isSecret() && s.key().startsWith("providers." + id + "."))
                .toList();
        if (secrets.isEmpty()) {
            return "set its API key, e.g. " + id.toUpperCase(Locale.ROOT) + "_API_KEY, in the environment";
        }
        return "store " + secrets.stream().map(s -> "`studio settings set " + s.key() + "`")
                .collect(Collectors.joining(" and ")) + ", or set " + secrets.stream()
                .map(s -> s.providerName().orElseThrow()).collect(Collectors.joining(" and ")) + " in the environment";
    }
}
