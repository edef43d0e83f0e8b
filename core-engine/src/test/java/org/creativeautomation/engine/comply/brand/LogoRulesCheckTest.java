package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LogoPlacement;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.TextDirection;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class LogoRulesCheckTest {
    private final LogoRulesCheck check = new LogoRulesCheck();

    @Test
    void logoShrunkBelowTheKitMinimumIsTooSmall() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.STORY);
        LogoPlacement logo = creative.layout().logo();
        Box small = new Box(logo.box().right() - 103, logo.box().y(), 103, 33);
        BrandCreatives.Creative shrunk = creative.rerender(
                LayoutEdits.withLogo(creative.layout(), LayoutEdits.logoAt(logo, logo.corner(), small)));

        List<Finding> findings = check.check(shrunk.underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LOGO_SIZE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.measured()).isEqualTo("logo 9.5% of width (103 px)");
            assertThat(f.expected()).isEqualTo(">= 14% (151 px)");
            assertThat(f.box()).isEqualTo(small);
        });
    }

    @Test
    void messageMovedIntoTheClearSpaceIntrudes() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        Layout layout = creative.layout();
        Box logo = layout.logo().box();
        int clear = logo.x() - layout.logo().clearSpace().x();
        // 20 px below the logo: well inside its clear space of 54 px.
        Layout crowded = LayoutEdits.withMessage(layout, LayoutEdits.moved(layout.message(),
                logo.x() - layout.message().box().x(), logo.bottom() + 20 - layout.message().box().y()));

        List<Finding> findings = check.check(creative.rerender(crowded).underCheck());

        assertThat(clear).isEqualTo(54);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LOGO_CLEAR_SPACE);
            assertThat(f.message()).contains("message");
            assertThat(f.measured()).isEqualTo("message 34 px inside the clear space");
            assertThat(f.expected()).startsWith("54 px (25% of the logo's width)");
        });
    }

    @Test
    void clearSpaceRunningOffTheCanvasIsReported() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        LogoPlacement logo = creative.layout().logo();
        Box tight = new Box(1080 - 10 - logo.box().width(), logo.box().y(), logo.box().width(), logo.box().height());
        Layout edited = LayoutEdits.withLogo(creative.layout(), LayoutEdits.logoAt(logo, Corner.TOP_RIGHT, tight));

        List<Finding> findings = check.check(creative.rerender(edited).underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LOGO_CLEAR_SPACE);
            assertThat(f.measured()).isEqualTo("clear space 44 px off the canvas");
        });
    }

    @Test
    void logoInACornerTheKitDoesNotAllowIsMisplaced() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.LANDSCAPE);
        LogoPlacement logo = creative.layout().logo();
        Box bottomRight = new Box(1920 - 67 - logo.box().width(), 1080 - 67 - logo.box().height(), logo.box().width(),
                logo.box().height());
        Layout moved = LayoutEdits.withLogo(creative.layout(), LayoutEdits.logoAt(logo, Corner.BOTTOM_RIGHT, bottomRight));

        List<Finding> findings = check.check(creative.rerender(moved).underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LOGO_PLACEMENT);
            assertThat(f.measured()).isEqualTo("logo bottom-right");
            assertThat(f.expected()).isEqualTo("one of top-right, top-left");
        });
    }

    @Test
    void rightToLeftCreativeMayUseTheMirrorOfAnAllowedCorner() {
        // stride allows bottom-right, top-left, top-right; mirrored, bottom-left comes first
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, BrandCreatives.RUNNER_PHOTO,
                Ratio.LANDSCAPE, new CreativeCopy("ar-SA", "مصمم لكل مسار", "اكتشف الآن", null));

        List<Finding> findings = check.check(creative.underCheck());

        assertThat(creative.layout().logo().corner()).isEqualTo(Corner.BOTTOM_LEFT);
        assertThat(findings).extracting(Finding::check).doesNotContain(CheckId.LOGO_PLACEMENT);
    }

    @Test
    void leftToRightCreativeInTheMirroredCornerIsMisplaced() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, BrandCreatives.RUNNER_PHOTO,
                Ratio.LANDSCAPE, new CreativeCopy("ar-SA", "مصمم لكل مسار", "اكتشف الآن", null));
        Layout leftToRight = LayoutEdits.withMessage(creative.layout(), LayoutEdits.withDirection(
                creative.layout().message(), TextDirection.LEFT_TO_RIGHT));

        List<Finding> findings = check.check(creative.rerender(leftToRight).underCheck());

        assertThat(findings).extracting(Finding::check, Finding::measured)
                .contains(tuple(CheckId.LOGO_PLACEMENT, "logo bottom-left"));
    }

    @Test
    void whereThePixelsShowTheLogoCountsOverWhatTheLayoutSays() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.LANDSCAPE);
        LogoPlacement logo = creative.layout().logo();
        Box bottomRight = new Box(1920 - 67 - logo.box().width(), 1080 - 67 - logo.box().height(), logo.box().width(),
                logo.box().height());
        BrandCreatives.Creative moved = creative.rerender(
                LayoutEdits.withLogo(creative.layout(), LayoutEdits.logoAt(logo, Corner.BOTTOM_RIGHT, bottomRight)));
        // The image was edited after layout: the layout still says top-right.
        CreativeUnderCheck stale = new CreativeUnderCheck(moved.pixels(), creative.layout(), null, creative.kit().kit(),
                creative.kit().logos(), null, null);

        List<Finding> findings = check.check(stale);

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.LOGO_PLACEMENT);
        assertThat(findings.get(0).box().y()).isGreaterThan(900);
    }

    @Test
    void logoInTheMiddleOfTheCanvasIsInNoCorner() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.SQUARE);
        LogoPlacement logo = creative.layout().logo();
        Box middle = new Box(432, 300, logo.box().width(), logo.box().height());
        Layout moved = LayoutEdits.withLogo(creative.layout(), LayoutEdits.logoAt(logo, Corner.TOP_LEFT, middle));

        List<Finding> findings = check.check(creative.rerender(moved).underCheck());

        assertThat(findings).extracting(Finding::check, Finding::measured)
                .containsExactly(tuple(CheckId.LOGO_PLACEMENT, "logo away from every corner"));
    }

    @Test
    void cornerIsReadFromWhereTheLogoSits() {
        assertThat(LogoRulesCheck.cornerOf(new Box(65, 301, 216, 69), 1080, 1920)).isEqualTo(Corner.TOP_LEFT);
        assertThat(LogoRulesCheck.cornerOf(new Box(1509, 890, 346, 125), 1920, 1080)).isEqualTo(Corner.BOTTOM_RIGHT);
        assertThat(LogoRulesCheck.cornerOf(new Box(432, 500, 216, 69), 1080, 1080)).isNull();
    }
}
