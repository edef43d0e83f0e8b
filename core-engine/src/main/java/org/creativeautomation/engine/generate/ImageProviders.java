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
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
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
            chain.add(created(provider, settings, origin).orElseThrow(() -> new InvalidInputException(origin + " "
                    + id + ": not configured (" + howToConfigure(provider) + ")")));
        }
        if (chain.isEmpty()) {
            throw new InvalidInputException(origin + ": no provider given (e.g. --provider openai,local)");
        }
        return chain;
    }

    /** The provider's generator; a setting it cannot use is the user's input, not an internal error. */
    private static Optional<ImageGenerator> created(ImageGeneratorProvider provider, ProviderSettings settings,
                                                    String origin) {
        try {
            return provider.create(settings);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(origin + " " + provider.id() + ": " + e.getMessage());
        }
    }

    /**
     * What a provider needs, as it names it, and where it goes: the environment, or studio.yaml
     * through {@code studio settings set} for the settings studio.yaml holds. A provider that needs
     * nothing but credentials is told to store them first: studio.yaml keeps them sealed.
     */
    static String howToConfigure(ImageGeneratorProvider provider) {
        String needed = provider.settingsNeeded();
        List<Setting> storable = Arrays.stream(Setting.values())
                .filter(s -> s.providerName().map(name -> namesSetting(needed, name)).orElse(false))
                .toList();
        if (storable.isEmpty()) {
            return "set " + needed + " in the environment";
        }
        boolean storableAreAllNeeded = storable.stream().map(s -> s.providerName().orElseThrow())
                .collect(Collectors.joining(" and ")).equals(needed);
        String commands = storable.stream()
                .map(s -> "`studio settings set " + s.key() + "`"
                        + (storableAreAllNeeded ? "" : " for " + s.providerName().orElseThrow()))
                .collect(Collectors.joining(" and "));
        if (storableAreAllNeeded && storable.stream().allMatch(Setting::isSecret)) {
            return "store " + commands + ", or set " + needed + " in the environment";
        }
        return "set " + needed + "; in the environment, or " + commands;
    }

    /** Whether the text names the setting as a whole word ({@code SD_WEBUI_URL}, not a part of a longer name). */
    private static boolean namesSetting(String text, String name) {
        return Pattern.compile("(?<![A-Z0-9_])" + Pattern.quote(name) + "(?![A-Z0-9_])").matcher(text).find();
    }
}
