package org.creativeautomation.studio.ui;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.creativeautomation.engine.store.CampaignStatus;
import org.creativeautomation.engine.store.StoredCampaign;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the real studio window headless (Monocle) and drives the campaign library as a person would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path home;

    private StudioWindow studio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = StudioWindow.open(home, stage);
    }

    @AfterEach
    void close() {
        studio.close();
    }

    @Test
    void windowIsTitledAndShowsTheLibraryAndTheShippedBrandKits(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Creative Automation Studio");
        assertThat(stage.isShowing()).isTrue();
        waitFor(() -> robot.lookup("#kit-list").queryAs(ListView.class).getItems().size() >= 2);
        assertThat(robot.lookup("#campaign-table").queryTableView().getItems()).isEmpty();
        assertThat(robot.lookup("#library-empty").queryLabeled().getText()).contains("import a brief");
        Button create = robot.lookup("#new-campaign").queryButton();
        assertThat(create.isDisabled()).isFalse();
    }

    @Test
    void importingTheExampleBriefListsItAsADraftAndOpeningItShowsItsBrief(FxRobot robot) {
        TableView<StoredCampaign> table = robot.lookup("#campaign-table").queryTableView();

        robot.interact(() -> studio.window().library().importBriefs(List.of(StudioFixtures.summerSplash())));
        waitFor(() -> table.getItems().size() == 1);

        StoredCampaign imported = table.getItems().get(0);
        assertThat(imported.name()).isEqualTo("Summer Splash 2026");
        assertThat(imported.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(imported.folder().resolve("assets/sparkling-water.jpg")).exists();
        assertThat(robot.lookup("#campaign-table").lookup("Summer Splash 2026").tryQuery()).isPresent();
        assertThat(robot.lookup("#campaign-table").lookup("Never run").tryQuery()).isPresent();

        robot.doubleClickOn("Summer Splash 2026");
        waitFor(() -> robot.lookup("#field-campaign").tryQuery().isPresent());

        TextField campaignId = robot.lookup("#field-campaign").queryAs(TextField.class);
        assertThat(campaignId.getText()).isEqualTo("summer-splash-2026");
        assertThat(robot.lookup("#field-message-en-us").queryAs(TextField.class).getText())
                .isEqualTo("Stay fresh all summer");
        ListView<?> recent = robot.lookup("#recent-list").queryAs(ListView.class);
        waitFor(() -> recent.getItems().size() == 1);
    }

    @Test
    void newCampaignAsksForANameAndAKitAndListsTheCampaign(FxRobot robot) {
        TableView<StoredCampaign> table = robot.lookup("#campaign-table").queryTableView();
        waitFor(() -> robot.lookup("#kit-list").queryAs(ListView.class).getItems().size() >= 2);

        robot.clickOn("#new-campaign");
        waitFor(() -> robot.lookup("#new-campaign-name").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#new-campaign-name").queryAs(TextField.class).getScene().getWindow()
                .requestFocus());
        robot.clickOn("#new-campaign-name").write("Autumn Harvest");
        robot.clickOn("Create");

        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).campaign()).isEqualTo("autumn-harvest");
        assertThat(table.getItems().get(0).brand()).isEqualTo("acme-beverages");
        assertThat(table.getItems().get(0).briefFile()).exists();
    }

    @Test
    void theSearchBoxNarrowsTheLibrary(FxRobot robot) {
        TableView<StoredCampaign> table = robot.lookup("#campaign-table").queryTableView();
        robot.interact(() -> {
            studio.window().library().importBriefs(List.of(StudioFixtures.summerSplash()));
            studio.window().library().create("Winter Warmers", "acme-beverages");
        });
        waitFor(() -> studio.window().library().campaigns().size() == 2);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("winter");

        TextField search = robot.lookup("#campaign-search").queryAs(TextField.class);
        assertThat(search.getText()).isEqualTo("winter");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("Winter Warmers");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> table.getItems().size() == 2);
    }

    @Test
    void clickingAColumnHeaderSortsTheCampaigns(FxRobot robot) {
        TableView<StoredCampaign> table = robot.lookup("#campaign-table").queryTableView();
        robot.interact(() -> {
            studio.window().library().create("Bravo", "acme-beverages");
            studio.window().library().create("alpha", "stride-athletics");
        });
        waitFor(() -> table.getItems().size() == 2);

        robot.clickOn("Campaign");
        waitFor(() -> table.getItems().get(0).name().equals("alpha"));
        robot.clickOn("Campaign");
        waitFor(() -> table.getItems().get(0).name().equals("Bravo"));
        assertThat(studio.window().library().campaigns()).hasSize(2);
    }

    @Test
    void duplicatingACampaignAddsACopyUnderANewId(FxRobot robot) {
        TableView<StoredCampaign> table = robot.lookup("#campaign-table").queryTableView();
        robot.interact(() -> studio.window().library().importBriefs(List.of(StudioFixtures.summerSplash())));
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null);

        robot.clickOn("#duplicate-campaign");

        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(StoredCampaign::campaign)
                .contains("summer-splash-2026", "summer-splash-2026-copy");
    }

    @Test
    void theThemeSwitchTurnsTheWholeWindowDarkAndBack(FxRobot robot) {
        Region library = robot.lookup("#campaign-table").queryAs(Region.class);
        double lightness = brightnessOf(robot, library);

        robot.clickOn("#theme-toggle");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(robot.lookup("#theme-toggle").queryButton().getText()).isEqualTo("Light theme");
        waitFor(() -> brightnessOf(robot, library) < 0.3);
        assertThat(lightness).isGreaterThan(0.9);
        robot.clickOn("#theme-toggle");
        waitFor(() -> brightnessOf(robot, library) == lightness);
    }

    /** The brightness of the campaign table's header, right of its last title, as drawn. */
    private static double brightnessOf(FxRobot robot, Region region) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = region.snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) shot[0].getWidth() - 8, 10)
                .getBrightness();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not get there in time", e);
        }
    }
}
