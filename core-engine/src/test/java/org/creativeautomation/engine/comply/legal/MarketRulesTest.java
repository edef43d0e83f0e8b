package org.creativeautomation.engine.comply.legal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketRulesTest {
    private final MarketRules shipped = LegalFixtures.SHIPPED_RULES;

    @Test
    void shippedRulesCoverTheStudiosMarketsAndADefault() {
        assertThat(shipped.regions()).containsOnlyKeys("default", "US", "GB", "DE", "FR", "ES", "MX", "CA", "JP");
        assertThat(shipped.claims()).containsKeys("en", "es", "de", "fr");
    }

    @Test
    void everyShippedClaimLanguageListsSuperlativesHealthClaimsAndFreeOffers() {
        for (ClaimLexicon lexicon : shipped.claims().values()) {
            assertThat(lexicon.claims(ClaimKind.SUPERLATIVE)).as(lexicon.language()).isNotEmpty();
            assertThat(lexicon.claims(ClaimKind.HEALTH)).as(lexicon.language()).isNotEmpty();
            assertThat(lexicon.freeOffer().words()).as(lexicon.language()).isNotEmpty();
            assertThat(lexicon.freeOffer().terms()).as(lexicon.language()).contains("*");
        }
    }

    @Test
    void appliesCategoryRulesOnlyToKitsThatSellTheCategory() {
        RegionRules germany = shipped.rulesFor("DE");

        assertThat(germany.prohibitedFor(List.of(ProductCategory.BEVERAGE))).contains("gesund", "Wundermittel");
        assertThat(germany.prohibitedFor(List.of(ProductCategory.APPAREL))).contains("Wundermittel")
                .doesNotContain("gesund");
        assertThat(shipped.rulesFor("FR").disclaimersFor(List.of(ProductCategory.BEVERAGE))).hasSize(2);
        assertThat(shipped.rulesFor("FR").disclaimersFor(List.of())).isEmpty();
    }

    @Test
    void regionsTheFileDoesNotListGetTheDefaultRules() {
        assertThat(shipped.rulesFor("NZ").region()).isEqualTo("default");
        assertThat(shipped.rulesFor(null).region()).isEqualTo("default");
        assertThat(shipped.rulesFor("fr").region()).isEqualTo("FR");
    }

    @Test
    void loadsARulesFileOfTheSameShape(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, """
                regions:
                  IT:
                    prohibited: [miracoloso]
                claims:
                  it:
                    superlative: [migliore]
                """);

        MarketRules rules = MarketRules.load(file);

        assertThat(rules.rulesFor("IT").prohibited()).containsExactly("miracoloso");
        assertThat(rules.claimsFor("it")).get().extracting(c -> c.claims(ClaimKind.SUPERLATIVE))
                .isEqualTo(List.of("migliore"));
        assertThat(rules.claimsFor("en")).isEmpty();
    }

    @Test
    void reportsEveryProblemWithItsLineColumnAndField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, """
                regions:
                  France:
                    prohibited: [gratuit]
                  DE:
                    prohibited: ["-", gesund]
                    categoryRules:
                      - categories: [beverages]
                        prohibited: [bekömmlich]
                    disclaimers:
                      - anyOf: [Pfand]
                claims:
                  english:
                    superlative: [best]
                  fr:
                    superlatives: [meilleur]
                """);

        assertThatThrownBy(() -> MarketRules.load(file))
                .isInstanceOf(MarketRulesException.class)
                .satisfies(e -> assertThat(((MarketRulesException) e).lines()).containsExactly(
                        file + ":2:3 regions.France: \"France\" is not a region (an ISO 3166-1 alpha-2 code in capitals, such as FR, or default)",
                        file + ":5:18 regions.DE.prohibited[0]: \"-\" has no letters, digits or symbols to match",
                        file + ":7:22 regions.DE.categoryRules[0].categories[0]: \"beverages\" is not a product category (did you mean \"beverage\"?)",
                        file + ":10:9 regions.DE.disclaimers[0].reason: required field is missing (why the disclaimer is required)",
                        file + ":12:3 claims.english: \"english\" is not a language (an ISO 639 code in lower case, such as fr)",
                        file + ":15:5 claims.fr.superlatives: unknown field (did you mean \"superlative\"?)"));
    }

    @Test
    void reportsASyntaxErrorWhereItIs(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, "regions:\n  US:\n    prohibited: [best\nclaims: {}\n");

        assertThatThrownBy(() -> MarketRules.load(file))
                .isInstanceOf(MarketRulesException.class)
                .hasMessageStartingWith(file + ":4:");
    }
}
