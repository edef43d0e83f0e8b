package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageSize;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.creativeautomation.engine.compose.Ratio.BANNER;
import static org.creativeautomation.engine.compose.Ratio.LANDSCAPE;
import static org.creativeautomation.engine.compose.Ratio.PORTRAIT;
import static org.creativeautomation.engine.compose.Ratio.SQUARE;
import static org.creativeautomation.engine.compose.Ratio.STORY;

class GenerationSizeTest {
    private static final ImageCapabilities GPT_IMAGE_1 = fixed(size(1024, 1024), size(1024, 1536), size(1536, 1024));
    private static final ImageCapabilities DALL_E_3 = fixed(size(1024, 1024), size(1024, 1792), size(1792, 1024));
    private static final ImageCapabilities ANY_SIZE = new ImageCapabilities(List.of("any"), List.of(), true, true, 0);

    private final GenerationSize sizes = new GenerationSize();

    @Test
    void mixedRatiosGetASquareFromGptImage1() {
        assertThat(sizes.choose(GPT_IMAGE_1, List.of(SQUARE, STORY, LANDSCAPE))).isEqualTo(size(1024, 1024));
        assertThat(sizes.choose(GPT_IMAGE_1, List.of(Ratio.values()))).isEqualTo(size(1024, 1024));
    }

    @Test
    void portraitRatiosGetThePortraitSizeFromGptImage1() {
        assertThat(sizes.choose(GPT_IMAGE_1, List.of(STORY, PORTRAIT))).isEqualTo(size(1024, 1536));
        assertThat(sizes.choose(GPT_IMAGE_1, List.of(SQUARE, PORTRAIT))).isEqualTo(size(1024, 1536));
    }

    @Test
    void landscapeRatiosGetTheLandscapeSizeFromGptImage1() {
        assertThat(sizes.choose(GPT_IMAGE_1, List.of(LANDSCAPE, BANNER))).isEqualTo(size(1536, 1024));
    }

    @Test
    void aSquareAloneStaysSquareRatherThanPayingForPixelsItCropsAway() {
        assertThat(sizes.choose(GPT_IMAGE_1, List.of(SQUARE))).isEqualTo(size(1024, 1024));
    }

    @Test
    void dallE3GetsItsOwnTallAndWideSizes() {
        assertThat(sizes.choose(DALL_E_3, List.of(SQUARE, STORY, LANDSCAPE))).isEqualTo(size(1024, 1024));
        assertThat(sizes.choose(DALL_E_3, List.of(STORY))).isEqualTo(size(1024, 1792));
        assertThat(sizes.choose(DALL_E_3, List.of(LANDSCAPE, BANNER))).isEqualTo(size(1792, 1024));
    }

    @Test
    void anySizeProviderGetsTheLongestSideAllowedInTheShapeThatServesTheRatios() {
        assertThat(sizes.choose(ANY_SIZE, List.of(SQUARE, STORY, LANDSCAPE))).isEqualTo(size(2048, 2048));
        assertThat(sizes.choose(ANY_SIZE, List.of(STORY))).isEqualTo(size(1152, 2048));
        assertThat(sizes.choose(ANY_SIZE, List.of(LANDSCAPE))).isEqualTo(size(2048, 1152));
        assertThat(sizes.choose(ANY_SIZE, List.of(BANNER))).isEqualTo(size(2048, 1024));
    }

    @Test
    void anySizeChoicesAreMultiplesOfTheStepWithinTheLimit() {
        GenerationSize small = new GenerationSize(1000);
        for (Ratio ratio : Ratio.values()) {
            ImageSize chosen = small.choose(ANY_SIZE, List.of(ratio));

            assertThat(chosen.width() % GenerationSize.STEP).isZero();
            assertThat(chosen.height() % GenerationSize.STEP).isZero();
            assertThat(Math.max(chosen.width(), chosen.height())).isLessThanOrEqualTo(1000);
        }
    }

    @Test
    void listedSizesPastTheLimitAreLeftOutUnlessNothingElseIsOffered() {
        ImageCapabilities huge = fixed(size(4096, 4096), size(1024, 1024));
        ImageCapabilities onlyHuge = fixed(size(4096, 4096));

        assertThat(sizes.choose(huge, List.of(SQUARE))).isEqualTo(size(1024, 1024));
        assertThat(sizes.choose(onlyHuge, List.of(SQUARE))).isEqualTo(size(4096, 4096));
    }

    @Test
    void effectiveResolutionIsTheCropWidthOverTheCreativeWidth() {
        assertThat(GenerationSize.effectiveResolution(size(1024, 1024), STORY)).isCloseTo(576 / 1080.0, within(1e-9));
        assertThat(GenerationSize.effectiveResolution(size(1024, 1536), STORY)).isCloseTo(864 / 1080.0, within(1e-9));
        assertThat(GenerationSize.effectiveResolution(size(1536, 1024), LANDSCAPE))
                .isCloseTo(1536 / 1920.0, within(1e-9));
    }

    private static ImageSize size(int width, int height) {
        return new ImageSize(width, height);
    }

    private static ImageCapabilities fixed(ImageSize... sizes) {
        return new ImageCapabilities(List.of("m"), List.of(sizes), false, false, 0.04);
    }
}
