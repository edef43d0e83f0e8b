package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.HeroFacts;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.LayoutIssue;
import org.creativeautomation.engine.compose.Ratio;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LowResolutionCheckTest {
    private final LowResolutionCheck check = new LowResolutionCheck();

    private static ShippedCreatives.Composed composedFromPhotoShrunkTo(int width, int height) {
        ShippedCreatives.Hero photo = ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER);
        ShippedCreatives.Hero small = ShippedCreatives.derived(photo, "small",
                PhotoEdits.resized(photo.image(), width, height));
        return ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.SQUARE, small, ShippedCreatives.SUMMER_COPY);
    }

    private static CreativeUnderCheck withHero(HeroFacts hero) {
        return new CreativeUnderCheck(PhotoEdits.flat(1080, 1080, Color.GRAY), null, null, null, null, null, hero);
    }

    @Test
    void warnsAboutAHeroUpscaledPastOneAndAHalfTimes() {
        List<Finding> findings = check.check(withHero(new HeroFacts(450, 450, 2.4, false)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.QUALITY_LOW_RESOLUTION);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.measured()).isEqualTo("upscaled 2.4x");
            assertThat(f.expected()).isEqualTo("<= 1.5x");
        });
    }

    @Test
    void blocksAHeroUpscaledPastThreeTimes() {
        ShippedCreatives.Composed composed = composedFromPhotoShrunkTo(400, 300);

        List<Finding> findings = check.check(composed.creative());

        assertThat(composed.layout().issues()).extracting(LayoutIssue::code).contains("quality.low-resolution");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.measured()).isEqualTo("upscaled 3.6x");
        });
    }

    @Test
    void readsTheEnlargementFromTheLayoutWhenHeroFactsAreMissing() {
        ShippedCreatives.Composed composed = composedFromPhotoShrunkTo(800, 600);
        CreativeUnderCheck creative = composed.creative();
        CreativeUnderCheck withoutFacts = new CreativeUnderCheck(creative.pixels(), creative.layout(), creative.copy(),
                creative.kit(), creative.logos(), null, null);

        assertThat(check.appliesTo(withoutFacts)).isTrue();
        assertThat(check.check(withoutFacts)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.measured()).isEqualTo("upscaled 1.8x");
        });
    }

    @Test
    void doesNotRoundAFactorJustPastTheLimitOntoIt() {
        assertThat(check.check(withHero(new HeroFacts(700, 700, 1.52, false))))
                .singleElement().extracting(Finding::measured).isEqualTo("upscaled 1.52x");
    }

    @Test
    void acceptsAnEnlargementUpToTheLimit() {
        assertThat(check.check(withHero(new HeroFacts(720, 720, 1.5, false)))).isEmpty();
    }

    @Test
    void staysQuietOnTheShippedExamplesAndOfflineHeroes() {
        ShippedCreatives.compliant(1).forEach(composed ->
                assertThat(check.check(composed.creative())).as(composed.hero().name()).isEmpty());
    }

    @Test
    void skipsImagesMadeElsewhere() {
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.SQUARE,
                ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER), ShippedCreatives.SUMMER_COPY);

        assertThat(check.appliesTo(composed.foreign())).isFalse();
    }
}
