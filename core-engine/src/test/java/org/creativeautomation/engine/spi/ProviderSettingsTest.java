package org.creativeautomation.engine.spi;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderSettingsTest {

    @Test
    void readsTheEnvironmentWhenNothingIsConfigured() {
        var settings = ProviderSettings.of(Map.of(), Map.of("OPENAI_API_KEY", "from-env"));

        assertThat(settings.secret("OPENAI_API_KEY")).get().extracting(Secret::reveal).isEqualTo("from-env");
    }

    @Test
    void preferesConfiguredValuesOverTheEnvironment() {
        var settings = ProviderSettings.of(Map.of("OPENAI_API_KEY", "configured"), Map.of("OPENAI_API_KEY", "from-env"));

        assertThat(settings.get("OPENAI_API_KEY")).contains("configured");
    }

    @Test
    void treatsBlankValuesAsAbsent() {
        var settings = ProviderSettings.of(Map.of("model", " "), Map.of("OPENAI_API_KEY", ""));

        assertThat(settings.get("model")).isEmpty();
        assertThat(settings.secret("OPENAI_API_KEY")).isEmpty();
    }

    @Test
    void printsSettingNamesButNotTheirValues() {
        var settings = ProviderSettings.of(Map.of("OPENAI_API_KEY", "sk-live-123"), Map.of());

        assertThat(settings.toString()).contains("OPENAI_API_KEY").doesNotContain("sk-live-123");
    }
}
