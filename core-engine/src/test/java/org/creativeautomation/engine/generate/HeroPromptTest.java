package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageCapabilities;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeroPromptTest {
    private static final ImageCapabilities TAKES_NEGATIVE =
            new ImageCapabilities(List.of("sd"), List.of(), true, true, 0);
    private static final ImageCapabilities NO_NEGATIVE =
            new ImageCapabilities(List.of("x"), List.of(), false, false, 0);
    private final HeroPrompt prompt = new HeroPrompt("A can on a stone. " + PromptBuilder.NO_TEXT, "people, clutter.");

    @Test
    void foldsTheNegativeIntoTheTextForProvidersWithoutNegativePrompts() {
        assertThat(prompt.textFor(NO_NEGATIVE)).isEqualTo("A can on a stone. " + PromptBuilder.NO_TEXT
                + " Avoid: people, clutter.");
        assertThat(prompt.negativeFor(NO_NEGATIVE)).isNull();
    }

    @Test
    void sendsTheNegativeAsSuchWithTheNoTextTermsToProvidersThatTakeIt() {
        assertThat(prompt.textFor(TAKES_NEGATIVE)).isEqualTo("A can on a stone. " + PromptBuilder.NO_TEXT);
        assertThat(prompt.negativeFor(TAKES_NEGATIVE)).isEqualTo("people, clutter, " + HeroPrompt.NO_TEXT_NEGATIVE);
    }

    @Test
    void withoutAKitNegativeOnlyTheNoTextTermsAreSent() {
        HeroPrompt plain = new HeroPrompt("A can.", " ");

        assertThat(plain.textFor(NO_NEGATIVE)).isEqualTo("A can.");
        assertThat(plain.negativeFor(TAKES_NEGATIVE)).isEqualTo(HeroPrompt.NO_TEXT_NEGATIVE);
    }
}
