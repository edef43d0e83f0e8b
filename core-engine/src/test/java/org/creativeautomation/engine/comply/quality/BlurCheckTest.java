package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.Ratio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BlurCheckTest {
    private final BlurCheck check = new BlurCheck();

    static Stream<Arguments> blurredCreatives() {
        return Stream.of(
                Arguments.of(ShippedCreatives.ACME, ShippedCreatives.SPARKLING_WATER, Ratio.SQUARE, 4.0),
                Arguments.of(ShippedCreatives.ACME, ShippedCreatives.SPARKLING_WATER, Ratio.STORY, 6.0),
                Arguments.of(ShippedCreatives.STRIDE, ShippedCreatives.TRAIL_RUNNER, Ratio.STORY, 4.0),
                Arguments.of(ShippedCreatives.STRIDE, ShippedCreatives.TRAIL_RUNNER, Ratio.LANDSCAPE, 8.0),
                Arguments.of(ShippedCreatives.STRIDE, null, Ratio.PORTRAIT, 4.0));
    }

    @ParameterizedTest(name = "{1} {2} blurred σ {3}")
    @MethodSource("blurredCreatives")
    void flagsAHeroGaussianBlurredAtCanvasSize(String kit, String photo, Ratio ratio, double sigma) {
        ShippedCreatives.Hero hero = photo == null
                ? ShippedCreatives.generated("Oat Crunch", "Breakfast cereal", kit, 1)
                : ShippedCreatives.example(photo);
        ShippedCreatives.Composed sharp = ShippedCreatives.compose(kit, ratio, hero,
                kit.equals(ShippedCreatives.ACME) ? ShippedCreatives.SUMMER_COPY : ShippedCreatives.TRAIL_COPY);
        ShippedCreatives.Composed blurred = sharp.withBackground(PhotoEdits.gaussianBlur(sharp.background(), sigma));

        List<Finding> findings = check.check(blurred.creative());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.QUALITY_BLURRY);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.measured()).startsWith("sharpness 0.");
            assertThat(f.expected()).isEqualTo(">= 1.00");
            // the sharp type and CTA drawn over the blurred photo, and the band under them, are not what was judged
            Layout layout = blurred.layout();
            assertThat(f.box().intersects(layout.message().box())).isFalse();
            assertThat(f.box().intersects(layout.cta().box())).isFalse();
            assertThat(f.box().intersects(layout.scrim().band())).isFalse();
        });
    }

    @Test
    void flagsABlurredImageMadeElsewhere() {
        BufferedImage photo = PhotoEdits.resized(ShippedCreatives.example(ShippedCreatives.TRAIL_RUNNER).image(),
                1080, 1080);
        CreativeUnderCheck foreign = new CreativeUnderCheck(PhotoEdits.gaussianBlur(photo, 5), null, null, null,
                null, null, null);

        assertThat(check.check(foreign)).singleElement().extracting(Finding::box)
                .satisfies(box -> assertThat(box.width()).isEqualTo(1080));
    }

    @Test
    void measuresAnUnblurredPhotoWellAboveTheThreshold() {
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.SQUARE,
                ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER), ShippedCreatives.SUMMER_COPY);

        assertThat(BlurCheck.sharpness(PhotoArea.of(composed.creative())).orElseThrow())
                .isGreaterThan(1.5 * BlurCheck.THRESHOLD);
    }

    @Test
    void staysQuietOnTheShippedExamplesAndOfflineHeroes() {
        ShippedCreatives.compliant(1).forEach(composed -> {
            assertThat(check.check(composed.creative())).as(composed.hero().name()).isEmpty();
            assertThat(check.check(composed.foreign())).as(composed.hero().name() + " as a file").isEmpty();
        });
    }

    @Test
    void leavesAFeaturelessImageToTheBlankCheck() {
        CreativeUnderCheck flat = new CreativeUnderCheck(PhotoEdits.flat(1080, 1080, Color.GRAY), null, null, null,
                null, null, null);

        assertThat(BlurCheck.sharpness(PhotoArea.of(flat))).isEmpty();
        assertThat(check.check(flat)).isEmpty();
    }
}
