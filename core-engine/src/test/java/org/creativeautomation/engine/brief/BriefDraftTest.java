package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class BriefDraftTest {
    @TempDir
    Path dir;

    private Path briefFile;
    private final BriefDraftReader reader = new BriefDraftReader();
    private final BriefYamlWriter writer = new BriefYamlWriter();
    private final BriefParser parser = new BriefParser();

    @BeforeEach
    void folder() {
        new BriefFolder(dir);
        briefFile = dir.resolve("brief.yaml");
    }

    @Test
    void readsEveryFieldAsWritten() {
        BriefDraft draft = reader.read(briefFile, BriefFolder.VALID_YAML);

        assertThat(draft.campaign()).isEqualTo("summer-splash-2026");
        assertThat(draft.region()).isEqualTo("US");
        assertThat(draft.locales()).containsExactly("en-US", "es-US");
        assertThat(draft.message()).containsExactly(entry("en-US", "Stay fresh all summer"),
                entry("es-US", "Frescura todo el verano"));
        assertThat(draft.disclaimer()).as("one text for every locale is held per locale")
                .containsExactly(entry("en-US", "Contains natural flavours."), entry("es-US", "Contains natural flavours."));
        assertThat(draft.ratios()).containsExactly("1:1", "9:16", "16:9");
        assertThat(draft.products()).extracting(DraftProduct::id).containsExactly("sparkling-water", "energy-bar");
        assertThat(draft.products().get(0).assets()).containsExactly("assets/sparkling-water.jpg");
        assertThat(draft.products().get(1).description()).isEmpty();
    }

    @Test
    void writtenYamlParsesToTheSameBrief() {
        Brief original = parser.parse(briefFile, BriefFolder.VALID_YAML);

        String yaml = writer.write(reader.read(briefFile, BriefFolder.VALID_YAML));

        assertThat(parser.parse(briefFile, yaml)).isEqualTo(original);
        assertThat(yaml).startsWith("campaign: summer-splash-2026\nname: Summer Splash 2026\nbrand: acme\n");
    }

    @Test
    void aJsonBriefReadsAndWritesAsTheSameBrief() {
        Path json = dir.resolve("brief.json");
        Brief original = parser.parse(json, BriefFolder.VALID_JSON);

        String yaml = writer.write(reader.read(json, BriefFolder.VALID_JSON));

        assertThat(parser.parse(briefFile, yaml)).isEqualTo(new Brief(briefFile, original.campaign(), original.name(),
                original.brand(), original.market(), original.audience(), original.message(), original.cta(),
                original.disclaimer(), original.ratios(), original.products(), original.budget()));
    }

    @Test
    void ratiosThatLookLikeNumbersSurviveTheRoundTrip() {
        BriefDraft draft = reader.read(briefFile, BriefFolder.VALID_YAML).withRatios(Ratio.labels());

        Brief brief = parser.parse(briefFile, writer.write(draft));

        assertThat(brief.ratios()).containsExactly(Ratio.values());
    }

    @Test
    void aBriefWithoutRatiosMeansEveryRatio() {
        BriefDraft draft = reader.read(briefFile, BriefFolder.VALID_YAML.replace("ratios: [\"1:1\", \"9:16\", \"16:9\"]\n", ""));

        assertThat(draft.ratios()).containsExactlyElementsOf(Ratio.labels());
    }

    @Test
    void setsTextFieldsByTheirFieldPath() {
        BriefDraft draft = reader.read(briefFile, BriefFolder.VALID_YAML)
                .withText("message.es-US", "Frescura sin fin")
                .withText("products[1].description", "A chewy oat bar")
                .withText("market.region", "MX")
                .withText("budget.maxUsd", "12.5");

        assertThat(draft.text("message.es-US")).isEqualTo("Frescura sin fin");
        assertThat(draft.message().get("en-US")).isEqualTo("Stay fresh all summer");
        assertThat(draft.products().get(1).description()).isEqualTo("A chewy oat bar");
        assertThat(draft.text("market.region")).isEqualTo("MX");
        assertThat(writer.write(draft)).contains("budget:\n  maxUsd: 12.5\n");
        assertThatThrownBy(() -> draft.withText("products[5].name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draft.withText("colour", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renamingALocaleInPlaceKeepsItsTexts() {
        BriefDraft draft = reader.read(briefFile, BriefFolder.VALID_YAML).withLocales(List.of("en-US", "es-MX"));

        assertThat(draft.message()).containsExactly(entry("en-US", "Stay fresh all summer"),
                entry("es-MX", "Frescura todo el verano"));
        assertThat(draft.cta()).containsEntry("es-MX", "Compra ya");
    }

    @Test
    void anAddedLocaleStartsEmptyAndARemovedOneTakesItsTexts() {
        BriefDraft draft = reader.read(briefFile, BriefFolder.VALID_YAML);

        BriefDraft added = draft.withLocales(List.of("en-US", "es-US", "fr-CA"));
        BriefDraft removed = draft.withLocales(List.of("es-US"));

        assertThat(added.message()).containsEntry("fr-CA", "").hasSize(3);
        assertThat(removed.message()).containsExactly(entry("es-US", "Frescura todo el verano"));
    }

    @Test
    void anEmptyRequiredFieldIsWrittenSoTheValidatorNamesIt() {
        BriefDraft draft = reader.read(briefFile, BriefFolder.VALID_YAML).withText("audience", "");

        BriefException problems = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> parser.parse(briefFile, writer.write(draft)), BriefException.class);

        assertThat(problems.problems()).singleElement()
                .satisfies(p -> assertThat(p.fieldPath()).isEqualTo("audience"));
    }

    @Test
    void optionalTextsNobodyWroteAreLeftOut() {
        BriefDraft draft = BriefDraft.starter("spring", "", "acme", "US", "en-US");

        String yaml = writer.write(draft);

        assertThat(yaml).doesNotContain("cta").doesNotContain("disclaimer").doesNotContain("\nname:")
                .doesNotContain("budget");
        assertThat(reader.read(briefFile, yaml)).isEqualTo(draft);
    }

    @Test
    void textThatIsNoYamlCannotBeRead() {
        assertThatThrownBy(() -> reader.read(briefFile, "campaign: [unclosed\n"))
                .isInstanceOf(InvalidDocumentException.class);
        assertThat(reader.read(briefFile, "").campaign()).isEmpty();
        assertThat(reader.read(briefFile, "- a list\n").products()).isEmpty();
    }

    @Test
    void aParsedTextReportsProblemsAtTheirLineInTheText() {
        String text = BriefFolder.VALID_YAML.replace("  region: US\n", "  region: us\n");

        BriefException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> parser.parse(briefFile, text), BriefException.class);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.fieldPath()).isEqualTo("market.region");
            assertThat(p.location().line()).isEqualTo(5);
            assertThat(p.location().file()).isEqualTo(briefFile);
            assertThat(p.message()).contains("did you mean \"US\"");
        });
    }
}
