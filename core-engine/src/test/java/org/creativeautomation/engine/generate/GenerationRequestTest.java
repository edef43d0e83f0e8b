package org.creativeautomation.engine.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerationRequestTest {

    private static final GenerationRequest BASE =
            new GenerationRequest("local", "studio-render-1", "a can on a sweep", 2048, 2048, 42L);

    @Test
    void keyIsSixtyFourHexDigitsAndStable() {
        GenerationRequest same = new GenerationRequest("local", "studio-render-1", "a can on a sweep", 2048, 2048, 42L);

        assertThat(BASE.key()).matches("[0-9a-f]{64}").isEqualTo(same.key());
    }

    static Stream<UnaryOperator<GenerationRequest>> changes() {
        return Stream.of(
                r -> new GenerationRequest("openai", r.model(), r.prompt(), r.width(), r.height(), r.seed()),
                r -> new GenerationRequest(r.provider(), "studio-render-2", r.prompt(), r.width(), r.height(), r.seed()),
                r -> new GenerationRequest(r.provider(), r.model(), r.prompt() + ".", r.width(), r.height(), r.seed()),
                r -> new GenerationRequest(r.provider(), r.model(), r.prompt(), 1024, r.height(), r.seed()),
                r -> new GenerationRequest(r.provider(), r.model(), r.prompt(), r.width(), 1024, r.seed()),
                r -> new GenerationRequest(r.provider(), r.model(), r.prompt(), r.width(), r.height(), 43L));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void keyChangesWhenAnyFieldChanges(UnaryOperator<GenerationRequest> change) {
        assertThat(change.apply(BASE).key()).isNotEqualTo(BASE.key());
    }

    @Test
    void keyTellsApartFieldsThatConcatenateAlike() {
        GenerationRequest ab = new GenerationRequest("ab", "c", "p", 1, 1, 0);
        GenerationRequest a = new GenerationRequest("a", "bc", "p", 1, 1, 0);

        assertThat(ab.key()).isNotEqualTo(a.key());
    }

    @Test
    void widthAndHeightAreNotInterchangeable() {
        GenerationRequest wide = new GenerationRequest("local", "m", "p", 1920, 1080, 0);
        GenerationRequest tall = new GenerationRequest("local", "m", "p", 1080, 1920, 0);

        assertThat(wide.key()).isNotEqualTo(tall.key());
    }

    @Test
    void seedForIsStablePerCampaignAndProduct() {
        assertThat(GenerationRequest.seedFor("summer-2025", "sparkling-water"))
                .isEqualTo(GenerationRequest.seedFor("summer-2025", "sparkling-water"));
    }

    @Test
    void seedForDiffersBetweenProductsAndCampaigns() {
        long seed = GenerationRequest.seedFor("summer-2025", "sparkling-water");

        assertThat(GenerationRequest.seedFor("summer-2025", "still-water")).isNotEqualTo(seed);
        assertThat(GenerationRequest.seedFor("winter-2025", "sparkling-water")).isNotEqualTo(seed);
        assertThat(GenerationRequest.seedFor("summer-2025sparkling", "-water")).isNotEqualTo(seed);
    }

    @Test
    void rejectsNonPositiveSize() {
        assertThatThrownBy(() -> new GenerationRequest("local", "m", "p", 0, 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GenerationRequest("local", "m", "p", 10, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingPrompt() {
        assertThatThrownBy(() -> new GenerationRequest("local", "m", null, 10, 10, 0))
                .isInstanceOf(NullPointerException.class);
    }
}
