package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextGeneratorProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextProvidersTest {

    /** Configured when its key is set, like the network plugins. */
    private record KeyedProvider(String id, String keyName) implements TextGeneratorProvider {
        @Override
        public Optional<TextGenerator> create(ProviderSettings settings) {
            return settings.secret(keyName).map(key -> new ScriptedTextGenerator(id));
        }
    }

    private final TextProviders providers = new TextProviders(List.of(
            new KeyedProvider("anthropic", "ANTHROPIC_API_KEY"), new KeyedProvider("openai", "OPENAI_API_KEY"),
            new KeyedProvider("openai", "SHADOWED_KEY")));
    private final ProviderSettings bothKeys = ProviderSettings.of(
            Map.of("ANTHROPIC_API_KEY", "a-key"), Map.of("OPENAI_API_KEY", "o-key"));

    @Test
    void buildsTheChainInTheOrderAsked() {
        List<TextGenerator> chain = providers.chain(List.of("openai", " anthropic "), bothKeys);

        assertThat(chain).extracting(TextGenerator::id).containsExactly("openai", "anthropic");
    }

    @Test
    void theFirstProviderOfAnIdWins() {
        assertThat(providers.ids()).containsExactly("anthropic", "openai");
        assertThat(providers.chain(List.of("openai"), ProviderSettings.of(Map.of(), Map.of("OPENAI_API_KEY", "k"))))
                .hasSize(1);
    }

    @Test
    void anUnknownIdNamesTheInstalledOnes() {
        assertThatThrownBy(() -> providers.chain(List.of("anthropic", "mistral"), bothKeys))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--text-provider mistral: unknown text provider (installed: anthropic, openai)");
    }

    @Test
    void anUnconfiguredIdSaysWhichKeyToSet() {
        assertThatThrownBy(() -> providers.chain(List.of("anthropic"), ProviderSettings.of(Map.of(), Map.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--text-provider anthropic: not configured")
                .hasMessageContaining("ANTHROPIC_API_KEY");
    }

    @Test
    void anUnconfiguredProviderNamesTheSettingsItDeclares() {
        TextGeneratorProvider local = new TextGeneratorProvider() {
            @Override
            public String id() {
                return "local-llm";
            }

            @Override
            public String settingsNeeded() {
                return "LOCAL_LLM_URL";
            }

            @Override
            public Optional<TextGenerator> create(ProviderSettings settings) {
                return Optional.empty();
            }
        };

        assertThatThrownBy(() -> new TextProviders(List.of(local)).chain(List.of("local-llm"), bothKeys))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--text-provider local-llm: not configured (set LOCAL_LLM_URL in studio.yaml or the environment)");
    }

    @Test
    void anUnusableSettingIsABadInputNamingTheProvider() {
        TextGeneratorProvider picky = new TextGeneratorProvider() {
            @Override
            public String id() {
                return "picky";
            }

            @Override
            public Optional<TextGenerator> create(ProviderSettings settings) {
                throw new IllegalArgumentException("PICKY_TIMEOUT_SECONDS must be a whole number, was \"soon\"");
            }
        };

        assertThatThrownBy(() -> new TextProviders(List.of(picky)).chain(List.of("picky"), bothKeys))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--text-provider picky: PICKY_TIMEOUT_SECONDS must be a whole number, was \"soon\"");
    }

    @Test
    void anIdListedTwiceIsRejected() {
        assertThatThrownBy(() -> providers.chain(List.of("openai", "openai"), bothKeys))
                .isInstanceOf(InvalidInputException.class).hasMessage("--text-provider openai: listed twice");
    }

    @Test
    void anEmptyChainIsRejected() {
        assertThatThrownBy(() -> providers.chain(List.of(" "), bothKeys))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no provider given");
    }

    @Test
    void noTextProviderIsInstalledInTheEngineAlone() {
        assertThat(new TextProviders().ids()).isEmpty();
        assertThatThrownBy(() -> new TextProviders().chain(List.of("openai"), bothKeys))
                .hasMessageContaining("(installed: none)");
    }
}
