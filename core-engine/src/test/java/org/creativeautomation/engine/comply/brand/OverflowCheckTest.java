package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.CtaButton;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutIssue;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class OverflowCheckTest {
    private final OverflowCheck check = new OverflowCheck();

    @Test
    void messageTheSolverCouldNotFitIsAnError() {
        String longMessage = "Stay fresh all summer long with crisp sparkling water made from real fruit and nothing"
                + " else, wherever the day takes you, from the beach to the office and back again";
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, BrandCreatives.RUNNER_PHOTO,
                Ratio.BANNER, new CreativeCopy("en-GB", longMessage, null, null));
        assertThat(creative.layout().issues()).extracting(LayoutIssue::code).as("precondition").contains("text.overflow");

        List<Finding> findings = check.check(creative.underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.TEXT_OVERFLOW);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("message needs");
            assertThat(f.box()).isEqualTo(creative.layout().message().box());
        });
    }

    @Test
    void disclaimerPushedPastTheBottomEdgeIsClipped() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        Layout low = LayoutEdits.withDisclaimer(creative.layout(), LayoutEdits.moved(creative.layout().disclaimer(), 0,
                1080 + 30 - creative.layout().disclaimer().box().bottom()));

        assertThat(check.check(creative.rerender(low).underCheck()))
                .extracting(Finding::message, Finding::measured)
                .containsExactly(tuple("the disclaimer runs off the canvas and is clipped", "30 px off the canvas"));
    }

    @Test
    void messageOnMoreLinesThanTheKitAllowsIsAnError() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.STORY);
        Layout threeLines = LayoutEdits.withMessage(creative.layout(),
                LayoutEdits.withLines(creative.layout().message(), List.of("BUILT", "FOR EVERY", "TRAIL")));

        assertThat(check.check(creative.rerender(threeLines).underCheck()))
                .extracting(Finding::measured, Finding::expected)
                .containsExactly(tuple("3 lines", "<= 2 lines"));
    }

    @Test
    void ctaLabelWiderThanItsButtonRunsOut() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.PORTRAIT);
        CtaButton cta = creative.layout().cta();
        Layout narrow = LayoutEdits.withCta(creative.layout(), new CtaButton(
                new Box(cta.box().x(), cta.box().y(), cta.box().width() / 2,
                        cta.box().height()), cta.fill(), cta.label()));

        assertThat(check.check(creative.rerender(narrow).underCheck()))
                .extracting(Finding::message).containsExactly("the CTA's text runs out of its button");
    }

    @Test
    void solvedLayoutsOfBothKitsFitEverywhere() {
        for (String kit : BrandCreatives.kitIds()) {
            for (Ratio ratio : Ratio.values()) {
                assertThat(check.check(BrandCreatives.render(kit, ratio).underCheck())).as(kit + " " + ratio).isEmpty();
            }
        }
    }
}
