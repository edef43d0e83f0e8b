package org.creativeautomation.studio.ui.workspace;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.store.StoredCampaign;
import org.creativeautomation.studio.ui.StudioFixtures;
import org.creativeautomation.studio.ui.StudioWindow;
import org.creativeautomation.studio.ui.preview.RatioPreview;
import org.creativeautomation.studio.ui.preview.ShownCreative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open campaign in the real window (Monocle): typing in the form redraws the preview's pixels,
 * the checks follow, and picking a finding outlines its box on the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignWorkspaceTest {
    @TempDir
    Path home;

    private StudioWindow studio;
    private StoredCampaign campaign;

    @Start
    void start(Stage stage) {
        studio = StudioWindow.open(home, stage);
        campaign = studio.engine().library().importBrief(StudioFixtures.summerSplash());
        studio.window().open(campaign);
    }

    @AfterEach
    void close() {
        studio.close();
    }

    @Test
    void typingTheMessageRedrawsThePreviewWhereTheMessageIs(FxRobot robot) {
        CampaignWorkspaceViewModel workspace = openedWorkspace();
        waitFor(() -> workspace.preview().largeProperty().get() != null
                && workspace.preview().thumbnails().size() == 5);
        ShownCreative before = workspace.preview().largeProperty().get();
        Box message = before.layout().message().box();
        assertThat(before.image().getWidth()).as("the large view is drawn at export size").isEqualTo(1080);

        robot.clickOn("#field-message-en-us");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Cool, crisp and ready for the beach");

        waitFor(() -> workspace.preview().largeProperty().get().layout().message().lines().stream()
                .anyMatch(line -> line.contains("beach")));
        ShownCreative after = workspace.preview().largeProperty().get();
        assertThat(differingPixels(before.image(), after.image(), message)).as("pixels inside the message box")
                .isGreaterThan(message.width() * message.height() / 20);
        assertThat(differingPixels(before.image(), after.image(), new Box(0, 0, 1080, 40)))
                .as("the photo above the text is untouched").isZero();
        ImageView shown = robot.lookup("#creative-canvas").lookup((Node n) -> n instanceof ImageView)
                .queryAs(ImageView.class);
        waitFor(() -> shown.getImage() == workspace.preview().largeProperty().get().image());
        assertThat(robot.lookup("#ratio-grid").queryAs(Region.class).getChildrenUnmodifiable()).hasSize(5);
        assertThat(robot.lookup("#brief-yaml").queryAs(TextArea.class).getText())
                .contains("en-US: \"Cool, crisp and ready for the beach\"");
    }

    @Test
    void everyThumbnailCarriesItsComplianceBadge(FxRobot robot) {
        CampaignWorkspaceViewModel workspace = openedWorkspace();

        waitFor(() -> workspace.preview().thumbnails().size() == 5
                && workspace.preview().thumbnails().stream().allMatch(t -> t.status() != null));

        for (RatioPreview thumbnail : workspace.preview().thumbnails()) {
            String id = "#badge-" + thumbnail.ratio().pathName();
            waitFor(() -> robot.lookup(id).queryLabeled().getText().equals(thumbnail.status().label()));
        }
    }

    @Test
    void pickingAFindingOutlinesItsBoxOnTheCanvas(FxRobot robot) {
        CampaignWorkspaceViewModel workspace = openedWorkspace();
        waitFor(() -> workspace.preview().largeProperty().get() != null);
        robot.clickOn("#field-message-en-us");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("The best water, guaranteed");
        // Checks of the text as half typed come first: wait for those of the whole of it.
        waitFor(() -> workspace.findings().findings().stream().anyMatch(f -> f.message().contains("guaranteed"))
                && workspace.preview().largeProperty().get().layout().message().lines().stream()
                .anyMatch(l -> l.contains("guaranteed")));
        Rectangle highlight = robot.lookup("#finding-highlight").queryAs(Rectangle.class);
        assertThat(highlight.isVisible()).isFalse();

        waitFor(() -> robot.lookup("#finding-list").lookup(".list-cell")
                .match((Node c) -> hasText(c, "guaranteed")).tryQuery().isPresent());
        Node cell = robot.lookup("#finding-list").lookup(".list-cell")
                .match((Node c) -> hasText(c, "guaranteed")).query();
        robot.clickOn(cell);

        Finding picked = workspace.findings().selectedProperty().get();
        assertThat(picked).isNotNull();
        assertThat(picked.check()).isIn(CheckId.LEGAL_RISKY_CLAIM, CheckId.LEGAL_PROHIBITED);
        Box box = picked.box();
        assertThat(box).isEqualTo(workspace.preview().largeProperty().get().layout().message().box());
        waitFor(highlight::isVisible);
        assertThat(new Box((int) highlight.getX(), (int) highlight.getY(), (int) highlight.getWidth(),
                (int) highlight.getHeight())).isEqualTo(box);

        // The outline is on screen: the canvas shows the highlight colour along the box's left edge.
        Region canvas = robot.lookup("#creative-canvas").queryAs(Region.class);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        Bounds edge = canvas.sceneToLocal(highlight.localToScene(highlight.getBoundsInLocal()));
        int x = (int) Math.floor(edge.getMinX()) + 1;
        int y = (int) Math.round(edge.getMinY() + edge.getHeight() / 2);
        assertThat(isHighlightRed(shot[0].getPixelReader().getColor(x, y))).as("pixel at %d,%d", x, y).isTrue();

        robot.clickOn(robot.lookup("#finding-list").queryAs(ListView.class));
        robot.interact(() -> workspace.findings().selectedProperty().set(null));
        waitFor(() -> !highlight.isVisible());
    }

    @Test
    void ctrlZUndoesTheLastEditAcrossTheForm(FxRobot robot) {
        CampaignWorkspaceViewModel workspace = openedWorkspace();
        robot.clickOn("#field-cta-en-us");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Grab one");
        TextField cta = robot.lookup("#field-cta-en-us").queryAs(TextField.class);
        assertThat(cta.getText()).isEqualTo("Grab one");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(cta.getText()).isEqualTo("Shop now");
        assertThat(workspace.editor().yamlProperty().get()).contains("en-US: Shop now");
        waitFor(() -> Files.readString(campaign.briefFile()).contains("en-US: Shop now"));
    }

    @Test
    void exportingWritesTheCreativesAndTheLibraryShowsTheRun(FxRobot robot) {
        CampaignWorkspaceViewModel workspace = openedWorkspace();

        robot.clickOn("#export");

        waitFor(() -> !workspace.exportingProperty().get() && workspace.exportMessageProperty().get().contains("20 creatives"));
        assertThat(campaign.outputFolder().resolve("sparkling-water/9x16/es-US.png")).isRegularFile();
        assertThat(campaign.outputFolder().resolve("manifest.json")).isRegularFile();
        waitFor(() -> studio.window().library().campaigns().stream()
                .anyMatch(c -> c.id() == campaign.id() && c.latestRun() != null
                        && c.latestRun().counts().creatives() == 20));
    }

    @Test
    void theReviewStatusIsKeptInTheLibrary(FxRobot robot) {
        CampaignWorkspaceViewModel workspace = openedWorkspace();

        robot.interact(() -> workspace.setStatus(org.creativeautomation.engine.store.CampaignStatus.IN_REVIEW));

        waitFor(() -> studio.engine().library().find(campaign.id()).orElseThrow().status()
                == org.creativeautomation.engine.store.CampaignStatus.IN_REVIEW);
        waitFor(() -> studio.window().library().campaigns().stream().anyMatch(c -> c.id() == campaign.id()
                && c.status() == org.creativeautomation.engine.store.CampaignStatus.IN_REVIEW));
    }

    private CampaignWorkspaceViewModel openedWorkspace() {
        waitFor(() -> studio.window().workspace(campaign.id()).isPresent());
        return studio.window().workspace(campaign.id()).orElseThrow();
    }

    private static boolean hasText(Node cell, String text) {
        return cell instanceof javafx.scene.control.ListCell<?> listCell && listCell.getItem() instanceof Finding f
                && f.message().contains(text);
    }

    private static boolean isHighlightRed(Color c) {
        return c.getRed() > 0.8 && c.getGreen() < 0.35 && c.getBlue() < 0.35;
    }

    private static int differingPixels(Image a, Image b, Box box) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int n = 0;
        for (int y = box.y(); y < box.bottom(); y++) {
            for (int x = box.x(); x < box.right(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the studio did not get there in time", e);
        }
    }
}
