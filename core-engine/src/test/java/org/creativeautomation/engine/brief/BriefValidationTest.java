package org.creativeautomation.engine.brief;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test breaks one thing in {@link BriefFolder#VALID_YAML} and expects exactly the problem it causes. */
class BriefValidationTest {
    private static final String ID_RULE = "(lowercase letters, digits and '-')";

    @TempDir
    Path dir;

    private BriefFolder folder;
    private final BriefParser parser = new BriefParser();

    @BeforeEach
    void createFolder() {
        folder = new BriefFolder(dir);
    }

    @Test
    void rejectsAnInvalidCampaignId() {
        Path file = folder.briefWith("campaign: summer-splash-2026", "campaign: Summer Splash");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:1:11 campaign: \"Summer Splash\" is not a valid id " + ID_RULE);
    }

    @Test
    void rejectsABrandIdEndingInADash() {
        Path file = folder.briefWith("brand: acme", "brand: acme-");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:3:8 brand: \"acme-\" is not a valid id " + ID_RULE);
    }

    @Test
    void rejectsAnInvalidProductId() {
        Path file = folder.briefWith("  - id: energy-bar", "  - id: Energy Bar");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:19:9 products[1].id: \"Energy Bar\" is not a valid id " + ID_RULE);
    }

    @Test
    void rejectsDuplicateProductIdsAtTheSecondNamingTheFirstLine() {
        Path file = folder.briefWith("  - id: energy-bar", "  - id: sparkling-water");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:19:9 products[1].id: duplicate product id \"sparkling-water\" (first given at line 15)");
    }

    @Test
    void reportsAMissingRequiredFieldAtTheEnclosingMap() {
        Path file = folder.briefWithout("campaign: summer-splash-2026");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:1:1 campaign: required field is missing (a campaign id: lowercase letters, digits and '-')");
    }

    @Test
    void reportsAMissingProductNameAtTheProduct() {
        Path file = folder.briefWithout("    name: Acme Energy Bar");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:19:5 products[1].name: required field is missing (the product's name as shown to people)");
    }

    @Test
    void reportsAMissingMarketRegionAtTheMarket() {
        Path file = folder.briefWithout("  region: US");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:5:3 market.region: required field is missing (an ISO 3166-1 alpha-2 country code such as US)");
    }

    @Test
    void reportsARequiredFieldLeftEmptyAtItsKey() {
        Path file = folder.briefWith("audience: Active adults 25-40 who love the outdoors", "audience:");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:7:1 audience: required field is empty (a description of the people the campaign is for)");
    }

    @Test
    void rejectsAnUnknownTopLevelFieldSuggestingTheNearestName() {
        Path file = folder.briefWith("name: Summer Splash 2026", "nmae: Summer Splash 2026");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:2:1 nmae: unknown field (did you mean \"name\"?)");
    }

    @Test
    void reportsAMisspeltRequiredFieldBothAsUnknownAndAsMissing() {
        Path file = folder.briefWith("message:", "mesage:");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:1:1 message: required field is missing (the campaign message: one text, or one per locale)",
                "brief.yaml:8:1 mesage: unknown field (did you mean \"message\"?)");
    }

    @Test
    void rejectsAnUnknownMarketField() {
        Path file = folder.briefWith("  region: US", "  region: US\n  regoin: CA");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:6:3 market.regoin: unknown field (did you mean \"region\"?)");
    }

    @Test
    void rejectsAnUnknownProductField() {
        Path file = folder.briefWith("    description: Crisp lime-flavoured sparkling water",
                "    descripton: Crisp lime-flavoured sparkling water");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:17:5 products[0].descripton: unknown field (did you mean \"description\"?)");
    }

    @Test
    void listsTheKnownFieldsWhenAnUnknownFieldResemblesNone() {
        Path file = folder.briefWith("    description: Crisp lime-flavoured sparkling water",
                "    description: Crisp lime-flavoured sparkling water\n    colour: blue");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:18:5 products[0].colour: unknown field (known fields: id, name, description, assets)");
    }

    @Test
    void rejectsAListWhereAStringIsExpected() {
        Path file = folder.briefWith("audience: Active adults 25-40 who love the outdoors", "audience: [runners, hikers]");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:7:11 audience: expected a string, found a list");
    }

    @Test
    void rejectsAStringWhereAListIsExpected() {
        Path file = folder.briefWith("ratios: [\"1:1\", \"9:16\", \"16:9\"]", "ratios: \"1:1\"");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:13:9 ratios: expected a list, found a string");
    }

    @Test
    void rejectsAProductThatIsNotAMap() {
        Path file = folder.write("brief.yaml", BriefFolder.VALID_YAML.replace("""
                  - id: energy-bar
                    name: Acme Energy Bar
                    assets: [assets/energy-bar.png]
                """, "  - energy-bar\n"));

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:19:5 products[1]: expected a map, found a string");
    }

    @Test
    void rejectsADocumentThatIsNotAMap() {
        Path file = folder.write("brief.yaml", "- campaign\n- brand\n");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:1:1 expected a map, found a list");
    }

    @Test
    void rejectsAnUnsupportedRatio() {
        Path file = folder.briefWith("ratios: [\"1:1\", \"9:16\", \"16:9\"]", "ratios: [\"1:1\", \"9:16\", \"3:2\"]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:13:25 ratios[2]: \"3:2\" is not a supported ratio (one of 1:1, 9:16, 16:9, 4:5, 2:1)");
    }

    @Test
    void rejectsADuplicateRatio() {
        Path file = folder.briefWith("ratios: [\"1:1\", \"9:16\", \"16:9\"]", "ratios: [\"1:1\", \"9:16\", \"1:1\"]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:13:25 ratios[2]: duplicate ratio \"1:1\" (first given at line 13)");
    }

    @Test
    void rejectsAnEmptyRatioList() {
        Path file = folder.briefWith("ratios: [\"1:1\", \"9:16\", \"16:9\"]", "ratios: []");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:13:9 ratios: no ratios (one of 1:1, 9:16, 16:9, 4:5, 2:1; leave the field out for all of them)");
    }

    @Test
    void rejectsARegionThatIsNotAnIsoCountryCode() {
        Path file = folder.briefWith("  region: US", "  region: USA");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:5:11 market.region: \"USA\" is not an ISO 3166-1 alpha-2 country code (two capital letters such as US)");
    }

    @Test
    void suggestsTheCapitalisedRegionCodeForALowerCaseOne() {
        Path file = folder.briefWith("  region: US", "  region: us");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:5:11 market.region: \"us\" is not an ISO 3166-1 alpha-2 country code (did you mean \"US\"?)");
    }

    @Test
    void rejectsALocaleTagWithAnUnderscore() {
        Path file = folder.briefWith("  locales: [en-US, es-US]", "  locales: [en_US, es-US]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:6:13 market.locales[0]: \"en_US\" is not a valid locale (a BCP 47 tag such as en-US)");
    }

    @Test
    void rejectsALocaleTagWithoutALanguage() {
        Path file = folder.briefWith("  locales: [en-US, es-US]", "  locales: [en-US, x-private]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:6:20 market.locales[1]: \"x-private\" is not a valid locale (a BCP 47 tag such as en-US)");
    }

    @Test
    void rejectsALocaleListedTwiceIgnoringCase() {
        Path file = folder.briefWith("  locales: [en-US, es-US]", "  locales: [en-US, es-US, en-us]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:6:27 market.locales[2]: duplicate locale \"en-us\" (first given at line 6)");
    }

    @Test
    void rejectsAnEmptyLocaleList() {
        Path file = folder.briefWith("  locales: [en-US, es-US]", "  locales: []");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:6:12 market.locales: no locales (at least one BCP 47 tag such as en-US, the default first)");
    }

    @Test
    void acceptsAMessageThatLeavesALocaleToBeTranslated() {
        Path file = folder.briefWithout("  es-US: Frescura todo el verano");

        Brief brief = new BriefParser().parse(file);

        assertThat(brief.locales()).containsExactly("en-US", "es-US");
        assertThat(brief.message().has("es-US")).isFalse();
        assertThat(brief.message().forLocale("es-US")).isNull();
        assertThat(brief.message().sourceLocale()).isEqualTo("en-US");
    }

    @Test
    void rejectsAMessageWithTextInNoLocale() {
        Path file = folder.briefWith("cta: { en-US: Shop now, es-US: Compra ya }", "cta: {}");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:11:6 cta: no text in any locale (give the call to action in at least one of en-US, es-US; "
                        + "the others are translated from it)");
    }

    @Test
    void rejectsAMessageForALocaleTheMarketDoesNotList() {
        Path file = folder.briefWith("  es-US: Frescura todo el verano",
                "  es-US: Frescura todo el verano\n  fr-FR: Fraîcheur tout l'été");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:11:3 message.fr-FR: \"fr-FR\" is not one of the brief's locales (en-US, es-US)");
    }

    @Test
    void rejectsTheSameLocaleTwiceInAMessageIgnoringCase() {
        Path file = folder.briefWith("  es-US: Frescura todo el verano",
                "  es-US: Frescura todo el verano\n  ES-us: Otra vez");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:11:3 message.ES-us: \"ES-us\" repeats locale es-US (one text per locale; tags ignore case)");
    }

    @Test
    void rejectsABlankMessageText() {
        Path file = folder.briefWith("  es-US: Frescura todo el verano", "  es-US: \"  \"");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:10:10 message.es-US: text is blank (the message in es-US)");
    }

    @Test
    void rejectsABlankDisclaimerGivenForAllLocales() {
        Path file = folder.briefWith("disclaimer: Contains natural flavours.", "disclaimer: \" \"");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:12:13 disclaimer: text is blank (the disclaimer for every locale)");
    }

    @Test
    void acceptsACallToActionGivenInTheSecondLocaleOnly() {
        Path file = folder.briefWith("cta: { en-US: Shop now, es-US: Compra ya }", "cta: { es-US: Compra ya }");

        Brief brief = new BriefParser().parse(file);

        assertThat(brief.cta().sourceLocale()).isEqualTo("es-US");
        assertThat(brief.cta().has("en-US")).isFalse();
    }

    @Test
    void rejectsACallToActionGivenAsAList() {
        Path file = folder.briefWith("cta: { en-US: Shop now, es-US: Compra ya }", "cta: [Shop now, Compra ya]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:11:6 cta: expected a string or a map of locale to text, found a list");
    }

    @Test
    void rejectsAnEmptyProductList() {
        String upToProducts = BriefFolder.VALID_YAML.substring(0, BriefFolder.VALID_YAML.indexOf("products:"));
        Path file = folder.write("brief.yaml", upToProducts + "products: []\n");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:14:11 products: no products (at least one product with an id and a name)");
    }

    @Test
    void rejectsABlankProductName() {
        Path file = folder.briefWith("    name: Acme Energy Bar", "    name: \"   \"");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:20:11 products[1].name: text is blank (the product's name as shown to people)");
    }

    @Test
    void reportsADuplicateKeyTheDocumentReaderFound() {
        Path file = folder.briefWith("brand: acme", "brand: acme\nbrand: other");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:4:1 brand: duplicate key (first given at line 3)");
    }

    @Test
    void reportsEveryProblemAtOnceInDocumentOrder() {
        Path file = folder.write("brief.yaml", BriefFolder.VALID_YAML
                .replace("campaign: summer-splash-2026\n", "campaign: Summer\n")
                .replace("  region: US\n", "  region: XX\n")
                .replace("ratios: [\"1:1\", \"9:16\", \"16:9\"]\n", "ratios: [\"1:1\", \"3:2\"]\n")
                .replace("  - id: energy-bar\n", "  - id: sparkling-water\n")
                + "extra: true\n");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:1:11 campaign: \"Summer\" is not a valid id " + ID_RULE,
                "brief.yaml:5:11 market.region: \"XX\" is not an ISO 3166-1 alpha-2 country code (two capital letters such as US)",
                "brief.yaml:13:17 ratios[1]: \"3:2\" is not a supported ratio (one of 1:1, 9:16, 16:9, 4:5, 2:1)",
                "brief.yaml:19:9 products[1].id: duplicate product id \"sparkling-water\" (first given at line 15)",
                "brief.yaml:22:1 extra: unknown field (known fields: campaign, name, brand, market, markets, "
                        + "audience, message, cta, disclaimer, ratios, products, budget)");
    }

    @Test
    void reportsProblemsInAJsonBriefWithTheirJsonLineAndColumn() {
        Path file = folder.write("brief.json", BriefFolder.VALID_JSON.replace("\"id\": \"energy-bar\"", "\"id\": \"Energy Bar\""));

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.json:18:13 products[1].id: \"Energy Bar\" is not a valid id " + ID_RULE);
    }
}
