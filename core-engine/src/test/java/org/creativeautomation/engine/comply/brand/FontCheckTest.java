package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutIssue;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FontCheckTest {
    private final FontCheck check = new FontCheck();

    @Test
    void kitFontsUnderTheNamesTheLayoutRecordsPass() {
        for (String kit : BrandCreatives.kitIds()) {
            BrandCreatives.Creative creative = BrandCreatives.render(kit, Ratio.SQUARE);

            assertThat(check.check(creative.underCheck())).as(kit).isEmpty();
        }
    }

    @Test
    void messageInAFontOutsideTheKitIsAnError() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        Layout arial = LayoutEdits.withMessage(creative.layout(),
                LayoutEdits.withFamily(creative.layout().message(), "Arial"));

        List<Finding> findings = check.check(creative.rerender(arial).underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FONT_OFF_BRAND);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.measured()).isEqualTo("font Arial");
            assertThat(f.expected()).isEqualTo("Comfortaa or Quicksand Medium");
            assertThat(f.box()).isEqualTo(creative.layout().message().box());
        });
    }

    @Test
    void wholeBlockInTheSystemFallbackIsAnError() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.STORY);
        Layout sans = LayoutEdits.withDisclaimer(creative.layout(),
                LayoutEdits.withFamily(creative.layout().disclaimer(), "SansSerif"));

        assertThat(check.check(creative.rerender(sans).underCheck()))
                .extracting(Finding::severity, Finding::measured)
                .containsExactly(tuple(Severity.ERROR, "font SansSerif"));
    }

    @Test
    void charactersTheKitFontLacksAreAWarningNamingThem() {
        assumeTrue(new Font(Font.SANS_SERIF, Font.PLAIN, 10).canDisplay('\u2713'),
                "the system sans-serif draws the check mark on this machine");
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, BrandCreatives.WATER_PHOTO,
                Ratio.SQUARE, new CreativeCopy("en-US", "Fresh \u2713", "Shop now", null));

        List<Finding> findings = check.check(creative.underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FONT_OFF_BRAND);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.measured()).isEqualTo("fallback font for \u2713 (U+2713)");
            assertThat(f.expected()).isEqualTo("every character in Comfortaa Bold");
        });
    }

    @Test
    void charactersNoFontCanDrawAreAnError() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        Box region = creative.layout().message().box();
        Layout boxes = LayoutEdits.withIssue(creative.layout(), new LayoutIssue("text.missing-glyphs",
                "message has characters no installed font can draw: U+1F9C3", region));

        List<Finding> findings = check.check(creative.rerender(boxes).underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("U+1F9C3");
            assertThat(f.box()).isEqualTo(region);
        });
    }
}
