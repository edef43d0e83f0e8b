package org.creativeautomation.studio.ui.editor;

import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.StudioHome;
import org.creativeautomation.studio.ui.StudioFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief editor's state without a window: form and YAML in step, undo and redo, the validator's messages. */
class BriefEditorViewModelTest {
    @TempDir
    static Path home;

    private static StudioEngine engine;
    private static String example;

    private final List<String> saved = new ArrayList<>();
    private BriefEditorViewModel editor;

    @BeforeAll
    static void openEngine() throws IOException {
        engine = StudioEngine.open(new StudioHome(home), null, StudioFixtures.kits(), Map.of());
        example = Files.readString(StudioFixtures.summerSplash());
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void open() {
        Path brief = StudioFixtures.summerSplash();
        editor = new BriefEditorViewModel(brief, example, BriefStorage.of(text -> engine.loader().load(brief, text),
                saved::add, image -> "assets/" + image.getFileName()), StudioFixtures.inPlace(), Duration.ZERO,
                Duration.ZERO);
    }

    @Test
    void theFormShowsTheSavedBrief() {
        assertThat(editor.draftProperty().get().campaign()).isEqualTo("summer-splash-2026");
        assertThat(editor.draftProperty().get().text("message.es-US")).isEqualTo("Frescura todo el verano");
        assertThat(editor.yamlProperty().get()).isEqualTo(example);
        assertThat(editor.campaignProperty().get()).as("a valid brief reaches the preview").isNotNull();
        assertThat(editor.problemsProperty().get().isEmpty()).isTrue();
    }

    @Test
    void aFormEditRewritesTheYaml() {
        editor.editText("message.en-US", "Cool off all summer");

        assertThat(editor.yamlProperty().get()).contains("en-US: Cool off all summer")
                .contains("es-US: Frescura todo el verano");
        assertThat(editor.campaignProperty().get().brief().message().forLocale("en-US")).isEqualTo("Cool off all summer");
        assertThat(saved).last().isEqualTo(editor.yamlProperty().get());
        assertThat(editor.saveStateProperty().get()).isEqualTo("Saved");
    }

    @Test
    void aYamlEditUpdatesTheForm() {
        editor.editYaml(example.replace("name: Summer Splash 2026", "name: Summer Splash 2027"));

        assertThat(editor.draftProperty().get().name()).isEqualTo("Summer Splash 2027");
        assertThat(editor.yamlProperty().get()).as("the YAML is kept as typed, comments and all")
                .startsWith("# Summer Splash 2026");
    }

    @Test
    void yamlThatDoesNotParseLeavesTheFormAsItWasAndSaysWhere() {
        editor.editYaml(example.replace("locales: [en-US, es-US]", "locales: [en-US, es-US"));

        assertThat(editor.yamlReadableProperty().get()).isFalse();
        assertThat(editor.draftProperty().get().locales()).containsExactly("en-US", "es-US");
        assertThat(editor.problemsProperty().get().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("malformed YAML"));
        assertThat(saved).as("the text is the person's work: it is saved as typed").last()
                .asString().contains("locales: [en-US, es-US\n");
    }

    @Test
    void problemsAreShownAtTheirFields() {
        editor.editText("market.region", "us");
        editor.editText("products[1].id", "Citrus Cooler");

        FieldProblems problems = editor.problemsProperty().get();
        assertThat(problems.within("market.region")).singleElement().asString().contains("did you mean \"US\"");
        assertThat(problems.within("products[1].id")).singleElement().asString().contains("not a valid id");
        assertThat(problems.within("products[0].id")).isEmpty();
        assertThat(editor.campaignProperty().get().brief().market().region())
                .as("the preview keeps the last valid brief").isEqualTo("US");
    }

    @Test
    void aMissingLocaleTextIsAProblemOfTheWholeMessage() {
        editor.editLocales(List.of("en-US", "es-US", "fr-CA"));

        assertThat(editor.draftProperty().get().message()).containsKey("fr-CA");
        assertThat(editor.problemsProperty().get().within("message.fr-CA")).isNotEmpty();
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        editor.editText("message.en-US", "S");
        editor.editText("message.en-US", "Su");
        editor.editText("message.en-US", "Sun");
        editor.endEdit();
        editor.editText("cta.en-US", "Buy");

        editor.undo();
        assertThat(editor.draftProperty().get().text("cta.en-US")).isEqualTo("Shop now");
        assertThat(editor.draftProperty().get().text("message.en-US")).isEqualTo("Sun");

        editor.undo();
        assertThat(editor.draftProperty().get().text("message.en-US")).isEqualTo("Stay fresh all summer");
        assertThat(editor.yamlProperty().get()).isEqualTo(example);
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void redoReappliesWhatWasUndoneUntilANewEdit() {
        editor.editText("audience", "Everyone");
        editor.endEdit();
        editor.editText("name", "Summer Splash Special");

        editor.undo();
        editor.undo();
        editor.redo();
        assertThat(editor.draftProperty().get().audience()).isEqualTo("Everyone");
        assertThat(editor.draftProperty().get().name()).isEqualTo("Summer Splash 2026");
        assertThat(editor.canRedoProperty().get()).isTrue();

        editor.editText("campaign", "summer-special");
        assertThat(editor.canRedoProperty().get()).isFalse();
        editor.redo();
        assertThat(editor.draftProperty().get().campaign()).isEqualTo("summer-special");
    }

    @Test
    void undoCrossesBetweenFormAndYaml() {
        editor.editYaml(example.replace("region: US", "region: MX"));
        editor.editText("market.region", "CA");

        editor.undo();
        assertThat(editor.draftProperty().get().region()).isEqualTo("MX");
        assertThat(editor.yamlProperty().get()).isEqualTo(example.replace("region: US", "region: MX"));
        editor.undo();
        assertThat(editor.yamlProperty().get()).isEqualTo(example);
    }

    @Test
    void productsAndRatiosAreEditable() {
        editor.addProduct();
        editor.editText("products[2].id", "lemon-fizz");
        editor.editText("products[2].name", "Lemon Fizz");
        editor.editRatios(List.of("9:16", "1:1"));

        assertThat(editor.campaignProperty().get().brief().products()).extracting(p -> p.id())
                .containsExactly("sparkling-water", "citrus-cooler", "lemon-fizz");
        assertThat(editor.draftProperty().get().ratios()).containsExactly("1:1", "9:16");

        editor.removeProduct(0);
        assertThat(editor.campaignProperty().get().brief().products()).extracting(p -> p.id())
                .containsExactly("citrus-cooler", "lemon-fizz");
    }

    @Test
    void anAddedImageJoinsTheProductsAssets() {
        editor.addAsset(1, Path.of("/photos/sparkling-water.jpg"));

        assertThat(editor.draftProperty().get().products().get(1).assets()).containsExactly("assets/sparkling-water.jpg");
        assertThat(editor.campaignProperty().get().brief().products().get(1).assets()).hasSize(1);
    }

    @Test
    void anAssetOutsideTheBriefFolderIsReportedAtItsEntry() {
        editor.editAssets(0, List.of("../../etc/passwd"));

        assertThat(editor.problemsProperty().get().within("products[0].assets")).singleElement().asString()
                .contains("outside the brief's folder");
    }
}
