package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.ACME;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.STRIDE;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.creative;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.kit;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.run;

class ProhibitedPhraseCheckTest {
    private final ProhibitedPhraseCheck check = new ProhibitedPhraseCheck(new LegalRulebook(LegalFixtures.SHIPPED_RULES));

    @Test
    void flagsAPhraseTheKitProhibitsInAnyFieldAndForm() {
        CreativeUnderCheck creative = creative(kit(ACME), new CreativeCopy("en-US",
                "Cures your thirst", "Shop now", "Guaranteed 100% Natural."), "US");

        List<Finding> findings = run(check, creative);

        assertThat(findings).extracting(Finding::measured).containsExactly(
                "\"Cures\" in message", "\"Guaranteed\" in disclaimer", "\"100% Natural\" in disclaimer");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LEGAL_PROHIBITED);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("none of: guaranteed, cure, cures, 100% natural, detox, zero calories, … (2 more)");
        });
        assertThat(findings.get(0).message()).isEqualTo(
                "the message says \"Cures\", which the brand kit prohibits (\"cure\")");
    }

    @Test
    void neverFlagsWordsThatMerelyContainAProhibitedOne() {
        CreativeUnderCheck creative = creative(kit(ACME), new CreativeCopy("en-US",
                "Secure your summer", "Procure now", "Manicure-ready cans."), "US");

        assertThat(run(check, creative)).isEmpty();
    }

    @Test
    void flagsWhatTheRegionsMarketRulesProhibit() {
        CreativeUnderCheck creative = creative(kit(STRIDE), new CreativeCopy("de-DE",
                "Das Wundermittel für jeden Trail", "Jetzt entdecken", null), "DE");

        List<Finding> findings = run(check, creative);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.measured()).isEqualTo("\"Wundermittel\" in message");
            assertThat(f.message()).contains("the market rules for DE prohibits");
        });
    }

    @Test
    void appliesCategoryRulesWhenTheKitDeclaresItsCategory(@TempDir Path dir) {
        CreativeCopy copy = new CreativeCopy("de-DE", "Gesunde Erfrischung", "Jetzt kaufen", null);
        BrandKit beverages = LegalFixtures.kitWithLegalFile(ACME, dir, "categories: [beverage]\n");

        assertThat(run(check, creative(beverages, copy, "DE"))).extracting(Finding::measured)
                .containsExactly("\"Gesunde\" in message");
        assertThat(run(check, creative(kit(ACME), copy, "DE"))).isEmpty();
    }

    @Test
    void pointsAtTheTextBlockOfTheField() {
        CreativeUnderCheck creative = LegalFixtures.creativeWithLayout(kit(ACME),
                new CreativeCopy("en-US", "Stay fresh", "Detox now", null), "US");

        List<Finding> findings = run(check, creative);

        assertThat(findings).singleElement().extracting(Finding::box).isEqualTo(creative.layout().cta().box());
    }

    @Test
    void leavesARequiredDisclaimerAlone(@TempDir Path dir) {
        BrandKit supplements = LegalFixtures.kitWithLegalFile(ACME, dir, "categories: [supplement]\n");
        CreativeUnderCheck creative = creative(supplements, new CreativeCopy("en-US", "Daily greens", null,
                "These statements have not been evaluated by the Food and Drug Administration. This product is not "
                        + "intended to diagnose, treat, cure, or prevent any disease. Contains natural caffeine from "
                        + "green tea. Not recommended for children. Cure-all!"), "US");

        List<Finding> findings = run(check, creative);

        assertThat(findings).extracting(Finding::measured).containsExactly("\"Cure\" in disclaimer");
    }

    @Test
    void staysQuietOnTheShippedExamples() {
        for (CreativeUnderCheck example : LegalFixtures.exampleCreatives()) {
            assertThat(run(check, example)).as(example.copy().localeTag()).isEmpty();
        }
    }

    @Test
    void skipsCreativesWithoutCopy() {
        CreativeUnderCheck creative = creative(kit(ACME), null, "US");

        assertThat(check.appliesTo(creative)).isFalse();
    }
}
