package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Ratio;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;

class QualityChecksTest {

    @Test
    void offersTheFourQualityChecks() {
        assertThat(QualityChecks.all()).extracting(Check::getClass).containsExactly(LowResolutionCheck.class,
                BlurCheck.class, ExposureCheck.class, BlankCheck.class);
    }

    @Test
    void passesTheShippedExamplesThroughTheChecker() {
        ComplianceChecker checker = new ComplianceChecker(QualityChecks.all());
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.STRIDE, Ratio.STORY,
                ShippedCreatives.example(ShippedCreatives.TRAIL_RUNNER), ShippedCreatives.TRAIL_COPY);

        assertThat(checker.check(composed.creative()).status()).isEqualTo(ComplianceStatus.PASS);
    }

    @Test
    void reportsEveryProblemOfAnUpscaledBlurredCreative() {
        ShippedCreatives.Hero photo = ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER);
        ShippedCreatives.Hero tiny = ShippedCreatives.derived(photo, "tiny", PhotoEdits.resized(photo.image(), 320, 240));
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.SQUARE, tiny,
                ShippedCreatives.SUMMER_COPY);
        ShippedCreatives.Composed soft = composed.withBackground(PhotoEdits.gaussianBlur(composed.background(), 6));

        CreativeCompliance result = new ComplianceChecker(QualityChecks.all()).check(soft.creative());

        assertThat(result.status()).isEqualTo(ComplianceStatus.FAIL);
        assertThat(result.findings()).extracting(Finding::check)
                .containsExactly(CheckId.QUALITY_LOW_RESOLUTION, CheckId.QUALITY_BLURRY);
    }

    @Test
    void failsAFlatColourCreativeWithoutAnyCheckErrors() {
        ShippedCreatives.Hero flat = new ShippedCreatives.Hero("flat", PhotoEdits.flat(2000, 2000, Color.DARK_GRAY),
                new Box(0, 0, 2000, 2000), false);
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.STRIDE, Ratio.LANDSCAPE, flat,
                ShippedCreatives.TRAIL_COPY);

        CreativeCompliance result = new ComplianceChecker(QualityChecks.all()).check(composed.creative());

        assertThat(result.findings()).extracting(Finding::check).containsExactly(CheckId.QUALITY_BLANK);
    }

    @Test
    void sharesOneReducedPhotoPerCreativeBetweenThePixelChecks() {
        PhotoSamples samples = new PhotoSamples();
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.SQUARE,
                ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER), ShippedCreatives.SUMMER_COPY);
        var creative = composed.creative();
        var sameContents = composed.creative();

        PhotoArea first = samples.of(creative);

        assertThat(samples.of(creative)).isSameAs(first);
        assertThat(samples.of(sameContents)).as("an equal but different creative is read again").isNotSameAs(first);
    }
}
