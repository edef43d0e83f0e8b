package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.generate.HeroPrompt;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ImageSize;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generation cache key: provider, model, normalised prompt, size, seed and quality. */
class RoutedHeroesKeyTest {

    private record Provider(String id, String model, boolean negatives) implements ImageGenerator {
        @Override
        public ImageCapabilities capabilities() {
            return new ImageCapabilities(List.of(model), List.of(new ImageSize(1024, 1024)), negatives, true, 0.04);
        }

        @Override
        public ImageResult generate(ImageGenerationRequest request) {
            throw new UnsupportedOperationException("keys only");
        }
    }

    private static final Provider OPENAI = new Provider("openai", "gpt-image-1", false);
    private static final ImageSize SQUARE = new ImageSize(1024, 1024);

    @Test
    void whitespaceInThePromptDoesNotMakeAnotherImage() {
        String key = RoutedHeroes.keyOf(OPENAI, new HeroPrompt("A can on a table.  Soft light.", null), SQUARE, 7);

        assertThat(RoutedHeroes.keyOf(OPENAI, new HeroPrompt(" A can on a table.\n Soft light. ", null), SQUARE, 7))
                .isEqualTo(key);
        assertThat(key).hasSize(64);
    }

    @Test
    void everyPartOfWhatWasAskedChangesTheKey() {
        HeroPrompt prompt = new HeroPrompt("A can on a table.", "people");
        String key = RoutedHeroes.keyOf(OPENAI, prompt, SQUARE, 7);

        assertThat(RoutedHeroes.keyOf(new Provider("firefly", "gpt-image-1", false), prompt, SQUARE, 7)).isNotEqualTo(key);
        assertThat(RoutedHeroes.keyOf(new Provider("openai", "dall-e-3", false), prompt, SQUARE, 7)).isNotEqualTo(key);
        assertThat(RoutedHeroes.keyOf(OPENAI, new HeroPrompt("A can on a bench.", "people"), SQUARE, 7)).isNotEqualTo(key);
        assertThat(RoutedHeroes.keyOf(OPENAI, prompt, new ImageSize(1024, 1536), 7)).isNotEqualTo(key);
        assertThat(RoutedHeroes.keyOf(OPENAI, prompt, SQUARE, 8)).isNotEqualTo(key);
        // A provider that takes a negative prompt is asked differently from one that reads it in the prompt.
        assertThat(RoutedHeroes.keyOf(new Provider("openai", "gpt-image-1", true), prompt, SQUARE, 7)).isNotEqualTo(key);
    }
}
