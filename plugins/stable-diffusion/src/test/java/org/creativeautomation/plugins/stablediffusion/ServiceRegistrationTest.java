package org.creativeautomation.plugins.stablediffusion;

import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Both servers are found the way the engine finds plugins, and stay off until their URL is set. */
class ServiceRegistrationTest {

    @Test
    void bothProvidersAreListedForTheServiceLoader() {
        assertThat(ServiceLoader.load(ImageGeneratorProvider.class).stream().map(p -> p.get().id()))
                .contains("automatic1111", "comfyui");
    }

    @Test
    void withoutAServerUrlNeitherProviderIsConfigured() {
        ProviderSettings none = ProviderSettings.of(Map.of(), Map.of());
        ServiceLoader.load(ImageGeneratorProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("automatic1111") || p.id().equals("comfyui"))
                .forEach(p -> assertThat(p.create(none)).as(p.id()).isEmpty());
    }
}
