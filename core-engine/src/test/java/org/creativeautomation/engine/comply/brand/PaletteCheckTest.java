package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.compose.CtaButton;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteCheckTest {
    private static final RgbColor BRICK = RgbColor.parseHex("#C0392B");
    private final PaletteCheck check = new PaletteCheck();

    @Test
    void scrimInAColourOutsideThePaletteIsOffBrand() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        // Strong enough to be seen: the solver may leave the kit's scrim transparent on a calm photo.
        Layout red = LayoutEdits.withScrim(creative.layout(), LayoutEdits.withColour(creative.layout().scrim(), BRICK, 0.9));

        List<Finding> findings = check.check(creative.rerender(red).underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.PALETTE_OFF_BRAND);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("the scrim's colour #");
            assertThat(f.measured()).matches("ΔE \\d+\\.\\d from nearest brand colour #[0-9A-F]{6}");
            assertThat(deltaE(f)).isGreaterThan(20);
            assertThat(f.expected()).isEqualTo("<= 10");
        });
    }

    @Test
    void ctaButtonInAColourOutsideThePaletteIsOffBrand() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.STORY);
        CtaButton cta = creative.layout().cta();
        Layout purple = LayoutEdits.withCta(creative.layout(),
                new CtaButton(cta.box(), RgbColor.parseHex("#8E44AD"), cta.label()));

        List<Finding> findings = check.check(creative.rerender(purple).underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("the CTA button's colour #8E44AD is not a brand colour");
            assertThat(f.box().y()).isGreaterThanOrEqualTo(cta.box().y());
        });
    }

    @Test
    void scrimInAnotherBrandColourOfTheKitIsOnBrand() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.PORTRAIT);
        RgbColor secondary = creative.kit().kit().colors().secondary();
        Layout aqua = LayoutEdits.withScrim(creative.layout(),
                LayoutEdits.withColour(creative.layout().scrim(), secondary, 0.86));

        assertThat(check.check(creative.rerender(aqua).underCheck())).isEmpty();
    }

    @Test
    void translucentBrandColourOverAnyPhotoColourIsExplainedExactly() {
        RgbColor teal = RgbColor.parseHex("#0A7E8C");
        // 86% teal over pure white, as the renderer would mix it.
        RgbColor seen = new RgbColor(44, 144, 156);

        RgbColor nearest = PaletteCheck.nearestMix(seen, teal, 0.86);

        assertThat(CieLab.of(seen).deltaE2000(CieLab.of(nearest))).isLessThan(1);
        assertThat(CieLab.of(BRICK).deltaE2000(CieLab.of(PaletteCheck.nearestMix(BRICK, teal, 0.86))))
                .isGreaterThan(PaletteCheck.TOLERANCE);
    }

    @Test
    void imagesWithoutALayoutAreNotJudged() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);

        assertThat(check.appliesTo(creative.pixelsOnly())).isFalse();
    }

    private static double deltaE(Finding f) {
        return Double.parseDouble(f.measured().substring(3, f.measured().indexOf(' ', 3)));
    }
}
