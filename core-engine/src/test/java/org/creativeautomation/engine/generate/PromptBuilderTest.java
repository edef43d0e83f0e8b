package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Market;
import org.creativeautomation.engine.brief.Product;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PromptBuilderTest {

    private final PromptBuilder builder = new PromptBuilder();
    private final String prompt = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
            GenerateFixtures.acmeKit());

    @Test
    void namesTheProductAndItsDescription() {
        assertThat(prompt).contains("Sparkling Water").contains("Sparkling Water 330 ml can");
    }

    @Test
    void namesTheAudience() {
        assertThat(prompt).contains("Young urban professionals who cycle to work");
    }

    @Test
    void namesTheMarketCountryInEnglish() {
        assertThat(prompt).contains("Germany (DE)");
    }

    @Test
    void givesEachBrandColourAsHexWithARoughName() {
        assertThat(prompt)
                .contains("#0A7E8C teal")
                .contains("#7FD1C7 mint")
                .contains("#C6E600 lime")
                .contains("#EEF8F6 off-white");
    }

    @Test
    void describesTheBrandStyle() {
        assertThat(prompt).contains("Brand style: Acme look").contains("light and airy");
    }

    @Test
    void asksForACentredSubjectThatSurvivesEveryCrop() {
        assertThat(prompt)
                .contains("centred")
                .contains("generous empty space")
                .contains("cropped to 1:1 without cutting the product")
                .contains("seamless studio backdrop");
    }

    @Test
    void namesEveryRatioTheBriefAsksFor() {
        Brief brief = GenerateFixtures.acmeBrief();
        Brief allRatios = new Brief(brief.source(), brief.campaign(), brief.name(), brief.brand(), brief.market(),
                brief.audience(), brief.message(), null, null,
                java.util.List.of(org.creativeautomation.engine.compose.Ratio.values()), brief.products());

        String text = new PromptBuilder().build(allRatios, allRatios.products().get(0), GenerateFixtures.acmeKit());

        assertThat(text).contains("cropped to 1:1, 9:16, 16:9, 4:5 and 2:1 without cutting");
    }

    @Test
    void forbidsTextLogosAndWatermarks() {
        assertThat(prompt).contains("No text, no letters, no logos, no watermarks in the image.");
    }

    @Test
    void isOneLine() {
        Product multiLine = new Product("p", "Sparkling\n Water", "a can\n\nof water", List.of());

        assertThat(builder.build(GenerateFixtures.acmeBrief(), multiLine, GenerateFixtures.acmeKit()))
                .doesNotContain("\n").contains("Sparkling Water (a can of water)");
    }

    @Test
    void isStableAcrossCallsAndDefaultLocales() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String turkish = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
                    GenerateFixtures.acmeKit());
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            String german = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
                    GenerateFixtures.acmeKit());

            assertThat(turkish).isEqualTo(prompt).isEqualTo(german);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void leavesOutAbsentDescriptionAndAudience() {
        Brief brief = GenerateFixtures.acmeBrief();
        Brief noAudience = new Brief(brief.source(), brief.campaign(), brief.name(), brief.brand(),
                new Market("JP", List.of("ja-JP")), null, brief.message(), null, null, brief.ratios(),
                brief.products());
        Product bare = new Product("p", "Sparkling Water", null, List.of());

        String text = builder.build(noAudience, bare, GenerateFixtures.acmeKit());

        assertThat(text).doesNotContain("null").doesNotContain("Target audience").contains("Japan (JP)");
    }
}
