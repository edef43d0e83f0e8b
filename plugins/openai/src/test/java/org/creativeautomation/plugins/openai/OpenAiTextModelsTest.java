package org.creativeautomation.plugins.openai;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OpenAiTextModelsTest {

    @Test
    void cachedPromptTokensAreBilledAtTheirOwnRate() {
        OpenAiTextModel luna = OpenAiTextModels.of("gpt-6-luna");

        assertThat(luna.cost(1_000_000, 0, 0)).isCloseTo(0.10, within(1e-12));
        assertThat(luna.cost(1_000_000, 1_000_000, 1_000_000)).isCloseTo(0.51, within(1e-12));
    }

    @Test
    void datedSnapshotsArePricedAsTheirModel() {
        assertThat(OpenAiTextModels.of("gpt-5.6-terra-2026-07-30")).isEqualTo(OpenAiTextModels.of("gpt-5.6-terra"));
    }

    @Test
    void anUnknownModelErrsHighAndGetsNoTemperature() {
        OpenAiTextModel unknown = OpenAiTextModels.of("gpt-7-nova");

        assertThat(OpenAiTextModels.isKnown("gpt-7-nova")).isFalse();
        assertThat(unknown.outputPerMTok()).isEqualTo(30.0);
        assertThat(unknown.takesTemperature()).isFalse();
    }
}
