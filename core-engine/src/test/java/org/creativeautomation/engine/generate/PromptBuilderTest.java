package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.PromptStyle;
import org.creativeautomation.engine.brand.PromptTemplate;
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
            GenerateFixtures.acmeKit()).text();

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

        String text = new PromptBuilder().build(allRatios, allRatios.products().get(0), GenerateFixtures.acmeKit())
                .text();

        assertThat(text).contains("cropped to 1:1, 9:16, 16:9, 4:5 and 2:1 without cutting");
    }

    @Test
    void forbidsTextLogosAndWatermarks() {
        assertThat(prompt).contains("No text, no letters, no logos, no watermarks in the image.");
    }

    @Test
    void isOneLine() {
        Product multiLine = new Product("p", "Sparkling\n Water", "a can\n\nof water", List.of());

        assertThat(builder.build(GenerateFixtures.acmeBrief(), multiLine, GenerateFixtures.acmeKit()).text())
                .doesNotContain("\n").contains("Sparkling Water (a can of water)");
    }

    @Test
    void isStableAcrossCallsAndDefaultLocales() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String turkish = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
                    GenerateFixtures.acmeKit()).text();
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            String german = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
                    GenerateFixtures.acmeKit()).text();

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

        String text = builder.build(noAudience, bare, GenerateFixtures.acmeKit()).text();

        assertThat(text).doesNotContain("null").doesNotContain("Target audience").contains("Japan (JP)");
    }

    @Test
    void keepsItsWordingForKitsWithoutAPromptSection() {
        // The prompt is part of the generation cache key: this wording changing re-generates every hero.
        assertThat(prompt).isEqualTo("Professional studio product photograph of Sparkling Water (Sparkling Water 330 ml"
                + " can), the hero product of an Acme advertising campaign. Target audience: Young urban professionals"
                + " who cycle to work. Market: Germany (DE). Brand colours: #0A7E8C teal (primary), #7FD1C7 mint"
                + " (secondary), #C6E600 lime (accent), #EEF8F6 off-white (background). Brand style: Acme look, light"
                + " and airy, vivid and fresh, with touches of lime and mint, colour-graded towards the brand colours,"
                + " modern commercial photography. Composition for advertising: one single product, upright, fully"
                + " visible and in sharp focus, centred horizontally and occupying about half of the frame height,"
                + " with generous empty space on every side so the image can be cropped to 1:1 without cutting the"
                + " product. Clean seamless studio backdrop in a light tint of off-white, soft key light, soft"
                + " realistic contact shadow on the floor, photorealistic, high detail. No text, no letters, no logos,"
                + " no watermarks in the image.");
    }

    @Test
    void usesTheKitsStyleLightingAndCompositionInsteadOfThePalettesMood() {
        String text = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(), kitWith(
                new PromptStyle("bright summer refreshment photography.", "soft daylight from the upper left",
                        "on a pale stone with citrus slices beside it", null, null))).text();

        assertThat(text)
                .contains("Brand style: bright summer refreshment photography, colour-graded towards the brand"
                        + " colours.")
                .contains("Set: on a pale stone with citrus slices beside it.")
                .contains("light tint of off-white, soft daylight from the upper left, photorealistic")
                .contains("cropped to 1:1 without cutting the product")
                .doesNotContain("light and airy")
                .doesNotContain("soft key light")
                .endsWith(PromptBuilder.NO_TEXT);
    }

    @Test
    void fillsTheKitsTemplateFromTheBrief() {
        PromptTemplate template = new PromptTemplate("Photo of {product} ({description}) by {brand} for {audience}"
                + " in {region}; colours {colors}; {style}; lit by {lighting}; {framing}.");

        String text = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
                kitWith(new PromptStyle("crisp and fresh", "daylight", null, null, template))).text();

        assertThat(text).isEqualTo("Photo of Sparkling Water (Sparkling Water 330 ml can) by Acme for Young urban"
                + " professionals who cycle to work in Germany (DE); colours #0A7E8C teal (primary), #7FD1C7 mint"
                + " (secondary), #C6E600 lime (accent), #EEF8F6 off-white (background); crisp and fresh; lit by"
                + " daylight; one single product, upright, fully visible and in sharp focus, centred horizontally and"
                + " occupying about half of the frame height, with generous empty space on every side so the image"
                + " can be cropped to 1:1 without cutting the product. " + PromptBuilder.NO_TEXT);
    }

    @Test
    void asksForNoTextEvenWhenTheTemplateLeavesItOut() {
        String text = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
                kitWith(new PromptStyle(null, null, null, null, new PromptTemplate("A can of {product}")))).text();

        assertThat(text).isEqualTo("A can of Sparkling Water. " + PromptBuilder.NO_TEXT);
    }

    @Test
    void doesNotRepeatTheNoTextRequestATemplateAlreadyMakes() {
        PromptTemplate template = new PromptTemplate(PromptBuilder.NO_TEXT + " {product}.");

        String text = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
                kitWith(new PromptStyle(null, null, null, null, template))).text();

        assertThat(text.split(java.util.regex.Pattern.quote(PromptBuilder.NO_TEXT), -1)).hasSize(2);
    }

    @Test
    void aTemplateReadsWellWhereTheBriefLeavesFieldsOut() {
        Brief brief = GenerateFixtures.acmeBrief();
        Brief noAudience = new Brief(brief.source(), brief.campaign(), brief.name(), brief.brand(), brief.market(),
                null, brief.message(), null, null, brief.ratios(), brief.products());
        PromptTemplate template = new PromptTemplate("Photo of {product} ({description}), for {audience}.");

        String text = builder.build(noAudience, new Product("p", "Sparkling Water", null, List.of()),
                kitWith(new PromptStyle(null, null, null, null, template))).text();

        assertThat(text).isEqualTo("Photo of Sparkling Water, for. " + PromptBuilder.NO_TEXT);
    }

    @Test
    void carriesTheKitsNegativePrompt() {
        HeroPrompt hero = builder.build(GenerateFixtures.acmeBrief(), GenerateFixtures.waterProduct(),
                kitWith(new PromptStyle(null, null, null, "people, clutter.", null)));

        assertThat(hero.negative()).isEqualTo("people, clutter.");
        assertThat(hero.text()).doesNotContain("people");
    }

    private static BrandKit kitWith(PromptStyle style) {
        BrandKit kit = GenerateFixtures.acmeKit();
        return new BrandKit(kit.id(), kit.name(), kit.version(), kit.folder(), kit.colors(), kit.fonts(), kit.logo(),
                kit.logoRules(), kit.textRules(), kit.legal(), kit.templates(), kit.grading(), style,
                kit.contentHash());
    }
}
