package org.creativeautomation.engine.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearestNameTest {
    private static final List<String> BRIEF_FIELDS = List.of("campaign", "brand", "message", "cta", "disclaimer");

    @Test
    void suggestsNothingForAOneLetterName() {
        assertThat(NearestName.among("a", BRIEF_FIELDS)).isEmpty();
    }

    @Test
    void suggestsNothingForAThreeLetterNameTwoEditsAway() {
        assertThat(NearestName.among("cfx", BRIEF_FIELDS)).isEmpty();
    }

    @Test
    void suggestsAThreeLetterNameWithSwappedLetters() {
        assertThat(NearestName.among("cat", BRIEF_FIELDS)).contains("cta");
    }

    @Test
    void suggestsALongerNameTwoEditsAway() {
        assertThat(NearestName.among("mesag", BRIEF_FIELDS)).contains("message");
    }

    @Test
    void allowsOneEditUpToThreeLettersThenAThirdOfTheLengthButAtLeastTwo() {
        assertThat(NearestName.allowedDistance("a")).isEqualTo(1);
        assertThat(NearestName.allowedDistance("cta")).isEqualTo(1);
        assertThat(NearestName.allowedDistance("name")).isEqualTo(2);
        assertThat(NearestName.allowedDistance("disclaimers")).isEqualTo(3);
    }
}
