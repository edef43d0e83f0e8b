package org.creativeautomation.plugins.anthropic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClaudePricesTest {

    @Test
    void pricesInputAndOutputTokensPerMillion() {
        assertThat(ClaudePrices.of("claude-sonnet-4-6").cost(1_000_000, 1_000_000)).isCloseTo(18.0, within(1e-9));
    }

    @Test
    void haikuFiveFiveBillsAWholeLongPromptRequestAtTheHigherRate() {
        TokenPrice haiku = ClaudePrices.of("claude-haiku-5-5");

        assertThat(haiku.cost(100_000, 1_000)).isCloseTo(0.0105, within(1e-12));
        assertThat(haiku.cost(100_001, 1_000)).isCloseTo(0.0525005, within(1e-12));
    }

    @Test
    void anUnknownModelErrsHigh() {
        assertThat(ClaudePrices.of("claude-someday-9")).isEqualTo(ClaudePrices.of("claude-fable-5-1"));
    }
}
