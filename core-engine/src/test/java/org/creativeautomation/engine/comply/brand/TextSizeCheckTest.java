package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TextSizeCheckTest {
    private final TextSizeCheck check = new TextSizeCheck();

    @Test
    void disclaimerBelowTheKitMinimumIsTooSmall() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        Layout tiny = LayoutEdits.withDisclaimer(creative.layout(), LayoutEdits.withSize(creative.layout().disclaimer(), 20f));

        List<Finding> findings = check.check(creative.rerender(tiny).underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.TEXT_SIZE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("disclaimer");
            assertThat(f.measured()).isEqualTo("20.0 px");
            assertThat(f.expected()).isEqualTo(">= 28.0 px (28 px at 1080 px wide)");
        });
    }

    @Test
    void minimumGrowsWithTheCanvasWidth() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.LANDSCAPE);
        // 40 px would pass on a 1080 px canvas (minimum 36) but not on 1920 px (minimum 64).
        Layout small = LayoutEdits.withMessage(creative.layout(), LayoutEdits.withSize(creative.layout().message(), 40f));

        List<Finding> findings = check.check(creative.rerender(small).underCheck());

        assertThat(findings).extracting(Finding::measured, Finding::expected)
                .containsExactly(tuple("40.0 px", ">= 64.0 px (36 px at 1080 px wide)"));
    }

    @Test
    void solvedLayoutsOfBothKitsRespectTheMinimum() {
        for (String kit : BrandCreatives.kitIds()) {
            for (Ratio ratio : Ratio.values()) {
                assertThat(check.check(BrandCreatives.render(kit, ratio).underCheck())).as(kit + " " + ratio).isEmpty();
            }
        }
    }
}
