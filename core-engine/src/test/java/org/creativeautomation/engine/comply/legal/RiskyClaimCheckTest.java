package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.ACME;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.STRIDE;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.creative;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.kit;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.run;

class RiskyClaimCheckTest {
    private final RiskyClaimCheck check = new RiskyClaimCheck(new LegalRulebook(LegalFixtures.SHIPPED_RULES));

    private List<Finding> findings(String locale, String message, String cta, String disclaimer, String region) {
        return run(check, creative(kit(STRIDE), new CreativeCopy(locale, message, cta, disclaimer), region));
    }

    @Test
    void warnsAboutSuperlativesAndHealthClaims() {
        List<Finding> findings = findings("en-US", "The #1 shoe that prevents blisters", "Best deal", null, "US");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "the message makes a superlative claim: \"#1\"",
                "the message makes a health claim: \"prevents\"",
                "the cta makes a superlative claim: \"Best\"");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LEGAL_RISKY_CLAIM);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void warnsAboutAFreeOfferWithoutItsTerms() {
        assertThat(findings("en-US", "Free socks with every pair", "Shop now", null, "US"))
                .singleElement().satisfies(f -> {
                    assertThat(f.measured()).isEqualTo("\"Free\" in message");
                    assertThat(f.expected()).isEqualTo("the offer's terms on the creative (e.g. \"terms apply\")");
                });
    }

    @Test
    void acceptsAFreeOfferWhoseTermsAreGiven() {
        assertThat(findings("en-US", "Free socks with every pair*", "Shop now", "*Terms apply.", "US")).isEmpty();
        assertThat(findings("en-US", "Free socks with every pair", "Shop now", "While stocks last, conditions at stride.example", "US")).isEmpty();
    }

    @Test
    void doesNotTakeFreeMeaningWithoutForAnOffer() {
        assertThat(findings("en-US", "Caffeine-free and sugar free", "Feel free to try", null, "US")).isEmpty();
    }

    @Test
    void readsTheLexiconOfTheCopysLanguage() {
        assertThat(findings("de-DE", "Der beste Schuh, kostenlos dazu: Socken", "Jetzt entdecken", null, "DE"))
                .extracting(Finding::measured).containsExactly("\"beste\" in message", "\"kostenlos\" in message");
        assertThat(findings("fr-FR", "La meilleure chaussure, livraison gratuite", "Découvrir", null, "FR"))
                .extracting(Finding::measured).containsExactly("\"meilleure\" in message", "\"gratuite\" in message");
        assertThat(findings("fr-FR", "Livraison gratuite*", "Découvrir", "*Voir conditions en magasin.", "FR")).isEmpty();
        assertThat(findings("es-MX", "Comodidad garantizada", "Compra ya", null, "MX"))
                .extracting(Finding::measured).containsExactly("\"garantizada\" in message");
    }

    @Test
    void leavesProhibitedPhrasesToTheProhibitedCheck() {
        CreativeUnderCheck creative = creative(kit(ACME), new CreativeCopy("en-US", "Guaranteed to cure thirst",
                "Best price", null), "US");

        assertThat(run(check, creative)).extracting(Finding::measured).containsExactly("\"Best\" in cta");
    }

    @Test
    void checksNothingInALanguageTheRulesDoNotList() {
        assertThat(findings("sv-SE", "Bästa skon, gratis", "Köp nu", null, "SE")).isEmpty();
    }

    @Test
    void staysQuietOnTheShippedExamples() {
        for (CreativeUnderCheck example : LegalFixtures.exampleCreatives()) {
            assertThat(run(check, example)).as(example.copy().localeTag()).isEmpty();
        }
    }
}
