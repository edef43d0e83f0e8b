package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.ACME;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.creative;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.run;

class TrademarkCheckTest {
    private final TrademarkCheck check = new TrademarkCheck(new LegalRulebook(LegalFixtures.SHIPPED_RULES));

    private List<Finding> findings(BrandKit kit, String message, String cta, String disclaimer) {
        return run(check, creative(kit, new CreativeCopy("en-US", message, cta, disclaimer), "US"));
    }

    @Test
    void flagsAMarkWithoutItsSymbolOnFirstUse(@TempDir Path dir) {
        BrandKit kit = LegalFixtures.kitWithLegalFile(ACME, dir, """
                trademarks:
                  - term: Acme
                    symbol: "®"
                """);

        List<Finding> findings = findings(kit, "Acme keeps you fresh", "Shop Acme®", null);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LEGAL_RISKY_CLAIM);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("the message writes the trademark \"Acme\" without ® on its first use");
            assertThat(f.measured()).isEqualTo("\"Acme\" in message without ®");
            assertThat(f.expected()).isEqualTo("\"Acme®\"");
        });
        assertThat(findings(kit, "Acme® keeps you fresh", "Shop Acme", null)).isEmpty();
    }

    @Test
    void requiresTheSymbolEverywhereWhenTheRuleSaysSo(@TempDir Path dir) {
        BrandKit kit = LegalFixtures.kitWithLegalFile(ACME, dir, """
                trademarks:
                  - term: Splash
                    symbol: "™"
                    required: every-use
                """);

        assertThat(findings(kit, "Splash™ into summer", "Get Splash", "Splash ™ is a mark of Acme."))
                .extracting(Finding::measured).containsExactly("\"Splash\" in cta without ™");
    }

    @Test
    void flagsAMarkUsedAsAPluralOrPossessiveNoun(@TempDir Path dir) {
        BrandKit kit = LegalFixtures.kitWithLegalFile(ACME, dir, """
                trademarks:
                  - term: Acme
                    symbol: "®"
                """);

        List<Finding> findings = findings(kit, "Acme®'s finest", "Grab two Acmes", null);

        assertThat(findings).extracting(Finding::measured).containsExactly("\"Acme\" in message", "\"Acmes\" in cta");
        assertThat(findings(kit, "Acme's finest®", "Shop", null)).extracting(Finding::message).containsExactly(
                "the message uses the trademark \"Acme\" as a noun (plural or possessive)",
                "the message writes the trademark \"Acme\" without ® on its first use");
    }

    @Test
    void findsNothingForKitsWithoutTrademarkRules() {
        assertThat(findings(LegalFixtures.kit(ACME), "Acme keeps you fresh", null, null)).isEmpty();
    }
}
