package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Ratio;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExposureCheckTest {
    private final ExposureCheck check = new ExposureCheck();

    private static ShippedCreatives.Composed summerSquare() {
        return ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.SQUARE,
                ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER), ShippedCreatives.SUMMER_COPY);
    }

    @Test
    void warnsAboutBlownOutHighlights() {
        ShippedCreatives.Composed composed = summerSquare();
        ShippedCreatives.Composed bright = composed.withBackground(PhotoEdits.exposed(composed.background(), 2.2, 50));

        List<Finding> findings = check.check(bright.creative());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.QUALITY_EXPOSURE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.measured()).endsWith("clipped highlights");
            assertThat(percentIn(f.measured())).isGreaterThan(ExposureCheck.MAX_SHARE_PERCENT);
            assertThat(f.expected()).isEqualTo("<= 20%");
        });
    }

    @Test
    void warnsAboutCrushedShadows() {
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.STRIDE, Ratio.STORY,
                ShippedCreatives.example(ShippedCreatives.TRAIL_RUNNER), ShippedCreatives.TRAIL_COPY);
        ShippedCreatives.Composed dark = composed.withBackground(PhotoEdits.exposed(composed.background(), 0.3, -60));

        assertThat(check.check(dark.creative())).singleElement().satisfies(f -> {
            assertThat(f.measured()).endsWith("crushed shadows");
            assertThat(percentIn(f.measured())).isGreaterThan(ExposureCheck.MAX_SHARE_PERCENT);
        });
    }

    @Test
    void ignoresWhiteTextAndScrimOverAWellExposedPhoto() {
        ShippedCreatives.Composed composed = summerSquare();

        assertThat(check.check(composed.creative())).isEmpty();
    }

    @Test
    void doesNotTakeAWhiteKitBackgroundBehindACutOutForBlownHighlights() {
        BufferedImage cutOut = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = cutOut.createGraphics();
        g.drawImage(ShippedCreatives.example(ShippedCreatives.TRAIL_RUNNER).image(), 800, 700, 400, 400, null);
        g.dispose();
        ShippedCreatives.Hero hero = new ShippedCreatives.Hero("cut-out", cutOut, new Box(800, 700, 400, 400), false);
        ShippedCreatives.Kit whiteKit = ShippedCreatives.withBackground(ShippedCreatives.STRIDE,
                new RgbColor(255, 255, 255));
        ShippedCreatives.Composed composed = ShippedCreatives.compose(whiteKit, Ratio.SQUARE, hero,
                ShippedCreatives.TRAIL_COPY);

        assertThat(composed.pixels().getRGB(20, 400) & 0xFFFFFF).as("the backdrop shows").isEqualTo(0xFFFFFF);
        assertThat(check.check(composed.creative())).isEmpty();
    }

    @Test
    void staysQuietOnTheShippedExamplesAndOfflineHeroes() {
        ShippedCreatives.compliant(1).forEach(composed -> {
            assertThat(check.check(composed.creative())).as(composed.hero().name()).isEmpty();
            assertThat(check.check(composed.foreign())).as(composed.hero().name() + " as a file").isEmpty();
        });
    }

    private static int percentIn(String measured) {
        return Integer.parseInt(measured.substring(0, measured.indexOf('%')));
    }
}
