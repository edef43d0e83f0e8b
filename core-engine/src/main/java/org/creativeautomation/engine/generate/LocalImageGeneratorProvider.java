package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;

import java.util.Optional;

/** Makes the offline renderer discoverable through ServiceLoader like any plugin; needs no settings. */
public final class LocalImageGeneratorProvider implements ImageGeneratorProvider {

    @Override
    public String id() {
        return OfflineHeroGenerator.PROVIDER;
    }

    @Override
    public Optional<ImageGenerator> create(ProviderSettings settings) {
        return Optional.of(LocalImageGenerator.fromPrompts());
    }
}
