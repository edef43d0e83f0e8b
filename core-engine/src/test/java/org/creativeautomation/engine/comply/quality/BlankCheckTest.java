package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Ratio;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BlankCheckTest {
    private final BlankCheck check = new BlankCheck();

    private static CreativeUnderCheck foreign(BufferedImage pixels) {
        return new CreativeUnderCheck(pixels, null, null, null, null, null, null);
    }

    @Test
    void blocksACreativeWhoseHeroIsAFlatColour() {
        ShippedCreatives.Hero flat = new ShippedCreatives.Hero("flat", PhotoEdits.flat(2000, 2000,
                new Color(90, 160, 200)), new Box(0, 0, 2000, 2000), false);
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.STORY, flat,
                ShippedCreatives.SUMMER_COPY);

        List<Finding> findings = check.check(composed.creative());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.QUALITY_BLANK);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.measured()).isEqualTo("luma std dev 0.0, 100.0% in one tone");
            assertThat(f.box().bottom()).isLessThanOrEqualTo(composed.layout().scrim().band().y());
        });
    }

    @Test
    void blocksAHeroThatIsFullyTransparent() {
        ShippedCreatives.Hero empty = new ShippedCreatives.Hero("transparent",
                new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_ARGB), new Box(0, 0, 2000, 2000), false);
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.STRIDE, Ratio.SQUARE, empty,
                ShippedCreatives.TRAIL_COPY);

        assertThat(check.check(composed.creative())).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void blocksAFlatImageMadeElsewhereEvenWithALineOfTextOnIt() {
        BufferedImage image = PhotoEdits.flat(1080, 1080, new Color(240, 240, 240));
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString("Placeholder", 60, 540);
        g.dispose();

        assertThat(check.check(foreign(image))).singleElement().satisfies(f -> {
            double stdDev = Double.parseDouble(f.measured().split(" ")[3].replace(",", ""));
            assertThat(stdDev).as("the text spreads the deviation past its limit").isGreaterThan(BlankCheck.MIN_STD_DEV);
            assertThat(f.measured()).matches(".*, 9[89]\\.\\d% in one tone");
        });
    }

    @Test
    void blocksAFlatImageWithFaintNoise() {
        BufferedImage image = PhotoEdits.flat(1200, 600, new Color(30, 30, 30));
        SplittableRandom random = new SplittableRandom(7);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 1200; x++) {
                int v = 30 + random.nextInt(-4, 5);
                image.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }

        assertThat(check.check(foreign(image))).hasSize(1);
    }

    @Test
    void staysQuietOnTheShippedExamplesAndOfflineHeroes() {
        ShippedCreatives.compliant(1).forEach(composed -> {
            assertThat(check.check(composed.creative())).as(composed.hero().name()).isEmpty();
            assertThat(check.check(composed.foreign())).as(composed.hero().name() + " as a file").isEmpty();
        });
    }
}
