package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LogoPlacement;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class SafeZoneCheckTest {
    private final SafeZoneCheck check = new SafeZoneCheck();

    @Test
    void messageInTheTopFourteenPercentOfAStoryIsUnderThePlatformsUi() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.STORY);
        Layout high = LayoutEdits.withMessage(creative.layout(),
                LayoutEdits.moved(creative.layout().message(), 0, 100 - creative.layout().message().box().y()));

        List<Finding> findings = check.check(creative.rerender(high).underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.TEXT_SAFE_ZONE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("the message reaches into the top 14% the platform covers with its own UI");
            assertThat(f.measured()).isEqualTo("169 px into the top safe zone");
            assertThat(f.expected()).isEqualTo("top at y >= 269");
        });
    }

    @Test
    void sameMessagePositionIsFineOnASquareWhichHasNoPlatformBands() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        Layout high = LayoutEdits.withMessage(creative.layout(),
                LayoutEdits.moved(creative.layout().message(), 0, 100 - creative.layout().message().box().y()));

        assertThat(check.check(creative.rerender(high).underCheck())).isEmpty();
    }

    @Test
    void logoInTheBottomBandOfAStoryIsUnderTheReplyBox() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.STORY);
        LogoPlacement logo = creative.layout().logo();
        Box low = new Box(logo.box().x(), 1920 - 120, logo.box().width(), logo.box().height());
        Layout moved = LayoutEdits.withLogo(creative.layout(), LayoutEdits.logoAt(logo, Corner.BOTTOM_LEFT, low));

        assertThat(check.check(creative.rerender(moved).underCheck()))
                .extracting(Finding::message, Finding::expected)
                .containsExactly(tuple("the logo reaches into the bottom 20% the platform covers with its own UI",
                        "bottom at y <= 1536"));
    }

    @Test
    void logoRunningOffTheCanvasIsReported() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.SQUARE);
        LogoPlacement logo = creative.layout().logo();
        Box off = new Box(-20, logo.box().y(), logo.box().width(), logo.box().height());
        Layout moved = LayoutEdits.withLogo(creative.layout(), LayoutEdits.logoAt(logo, Corner.TOP_LEFT, off));

        assertThat(check.check(creative.rerender(moved).underCheck()))
                .extracting(Finding::message, Finding::measured)
                .containsExactly(tuple("the logo runs off the canvas", "20 px off the canvas"));
    }

    @Test
    void solvedLayoutsOfBothKitsKeepOutOfTheBands() {
        for (String kit : BrandCreatives.kitIds()) {
            for (Ratio ratio : Ratio.values()) {
                assertThat(check.check(BrandCreatives.render(kit, ratio).underCheck())).as(kit + " " + ratio).isEmpty();
            }
        }
    }
}
