package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.spi.ContentModerator;
import org.creativeautomation.engine.spi.ContentModeratorProvider;
import org.creativeautomation.engine.spi.ModerationAnswer;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModerationProvidersTest {

    /** Configured when its key is set; a key of "bad" is a setting it cannot use. */
    private record KeyedModerator(String id) implements ContentModeratorProvider {
        @Override
        public Optional<ContentModerator> create(ProviderSettings settings) {
            Optional<String> key = settings.get("HIVE_API_KEY");
            if (key.filter("bad"::equals).isPresent()) {
                throw new IllegalArgumentException("HIVE_API_KEY must start with hv-");
            }
            return key.map(k -> new ContentModerator() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public ModerationAnswer moderate(org.creativeautomation.engine.spi.ModerationQuery query) {
                    return new ModerationAnswer(false, Map.of(), Set.of(), Map.of());
                }
            });
        }
    }

    private final ModerationProviders providers = new ModerationProviders(List.of(new KeyedModerator("hive")));

    @Test
    void givesTheConfiguredModerator() {
        ContentModerator moderator = providers.moderator(" hive ", ProviderSettings.of(Map.of("HIVE_API_KEY", "hv-1"),
                Map.of()), "--moderation");

        assertThat(moderator.id()).isEqualTo("hive");
    }

    @Test
    void namesWhatIsWrongInTheUsersWords() {
        assertThatThrownBy(() -> providers.moderator("openai", ProviderSettings.of(Map.of(), Map.of()), "--moderation"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--moderation openai: unknown content moderator (installed: hive)");
        assertThatThrownBy(() -> providers.moderator("hive", ProviderSettings.of(Map.of(), Map.of()), "--moderation"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--moderation hive: not configured (set HIVE_API_KEY in studio.yaml or the environment)");
        assertThatThrownBy(() -> providers.moderator("hive", ProviderSettings.of(Map.of("HIVE_API_KEY", "bad"), Map.of()),
                "run.moderation:")).isInstanceOf(InvalidInputException.class)
                .hasMessage("run.moderation: hive: HIVE_API_KEY must start with hv-");
    }

    @Test
    void theShippedEngineInstallsNoModeratorOfItsOwn() {
        assertThat(new ModerationProviders().ids()).doesNotContain("local");
    }
}
