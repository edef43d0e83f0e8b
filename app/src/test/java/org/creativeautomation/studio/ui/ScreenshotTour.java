package org.creativeautomation.studio.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.pipeline.RunOptions;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.CampaignStatus;
import org.creativeautomation.engine.store.StoredCampaign;
import org.creativeautomation.engine.store.StudioHome;
import org.creativeautomation.studio.ui.common.UiExecutors;
import org.creativeautomation.studio.ui.theme.StudioTheme;
import org.creativeautomation.studio.ui.workspace.CampaignWorkspaceViewModel;
import org.creativeautomation.studio.ui.workspace.EditorTimings;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Takes the documentation's screenshots of the real studio window: run under a display (for example
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24"}, with {@code -Dprism.order=sw}). Fills a fresh
 * studio home with the examples, walks through library, editor and findings, and writes what the
 * screen shows into the folder named by the first argument.
 */
public final class ScreenshotTour {
    private static Path out;

    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        UnnamedModuleWarning.silence();
        // The class JavaFX launches must not be the main class when JavaFX is on the class path.
        Application.launch(Tour.class);
    }

    /** The window and the walk through it. */
    public static final class Tour extends Application {
    private Stage stage;
    private StudioEngine engine;
    private MainWindow window;

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        Path home = Files.createTempDirectory("studio-tour");
        engine = StudioEngine.open(new StudioHome(home), null, StudioFixtures.kits(), Map.of());
        window = new MainWindow(engine, UiExecutors.forStudio(), EditorTimings.STUDIO, StudioTheme.LIGHT);
        window.show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1440);
        stage.setHeight(900);
        Thread tour = new Thread(this::tour, "screenshot-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void tour() {
        try {
            Files.createDirectories(out);
            Path root = StudioFixtures.repositoryRoot();
            StoredCampaign summer = engine.library().importBrief(root.resolve("examples/summer-splash/brief.yaml"));
            StoredCampaign trail = engine.library().importBrief(root.resolve("examples/trail-launch/brief.json"));
            StoredCampaign world = engine.library().importBrief(root.resolve("examples/world-splash/brief.yaml"));
            StoredCampaign winter = engine.library().create("Winter Warmers", "acme-beverages", "GB", "en-GB");
            engine.library().setStatus(trail.id(), CampaignStatus.APPROVED);
            engine.library().setStatus(world.id(), CampaignStatus.IN_REVIEW);
            engine.library().setStatus(winter.id(), CampaignStatus.CHANGES_REQUESTED);
            engine.runner().run(new RunOptions(trail.briefFile(), trail.outputFolder(), OutputFormat.PNG), e -> { });
            engine.library().markOpened(world.id());
            engine.library().markOpened(summer.id());
            fx(() -> {
                window.library().refresh();
                return null;
            });
            waitUntil(() -> onFx(() -> window.library().campaigns().size() == 4));
            fx(() -> {
                window.library().selectedProperty().set(window.library().campaigns().stream()
                        .filter(c -> c.id() == summer.id()).findFirst().orElseThrow());
                return null;
            });
            settle();
            shoot("library-light.png");

            fx(() -> {
                window.open(summer);
                return null;
            });
            waitUntil(() -> onFx(() -> window.workspace(summer.id()).isPresent()));
            CampaignWorkspaceViewModel workspace = onFx(() -> window.workspace(summer.id()).orElseThrow());
            waitUntil(() -> onFx(() -> workspace.preview().thumbnails().size() == 5
                    && workspace.preview().thumbnails().stream().allMatch(t -> t.status() != null)));
            settle();
            shoot("editor-preview-light.png");

            fx(() -> {
                ((TextField) stage.getScene().lookup("#field-market-region")).setText("us");
                ((TextField) stage.getScene().lookup("#field-products-1-id")).setText("Citrus Cooler");
                return null;
            });
            waitUntil(() -> onFx(() -> workspace.editor().problemsProperty().get().problems().size() == 2));
            settle();
            shoot("editor-validation-light.png");
            fx(() -> {
                workspace.editor().undo();
                workspace.editor().undo();
                return null;
            });
            waitUntil(() -> onFx(() -> workspace.editor().problemsProperty().get().isEmpty()));

            fx(() -> {
                TextField message = (TextField) stage.getScene().lookup("#field-message-en-us");
                message.setText("The best water, guaranteed");
                return null;
            });
            waitUntil(() -> onFx(() -> workspace.findings().findings().stream()
                    .anyMatch(f -> f.box() != null && f.message().contains("best"))
                    && workspace.preview().thumbnails().stream().allMatch(t -> t.status() != null)));
            fx(() -> {
                Finding best = workspace.findings().findings().stream()
                        .filter(f -> f.box() != null && f.message().contains("best")).findFirst().orElseThrow();
                workspace.findings().selectedProperty().set(best);
                ((ToggleButton) stage.getScene().lookup("#overlay-safe-zone")).setSelected(true);
                ((ToggleButton) stage.getScene().lookup("#overlay-subject")).setSelected(true);
                ListView<?> list = (ListView<?>) stage.getScene().lookup("#finding-list");
                list.requestFocus();
                return null;
            });
            settle();
            shoot("findings-light.png");

            fx(() -> {
                ((javafx.scene.control.Button) stage.getScene().lookup("#theme-toggle")).fire();
                ((ToggleButton) stage.getScene().lookup("#overlay-safe-zone")).setSelected(false);
                ((ToggleButton) stage.getScene().lookup("#overlay-text-boxes")).setSelected(true);
                return null;
            });
            settle();
            shoot("findings-dark.png");
            fx(() -> {
                ((javafx.scene.control.TabPane) stage.getScene().lookup("#main-tabs")).getSelectionModel().select(0);
                return null;
            });
            settle();
            shoot("library-dark.png");
            fx(() -> {
                ((javafx.scene.control.TabPane) stage.getScene().lookup("#main-tabs")).getSelectionModel().select(1);
                ((javafx.scene.control.TabPane) stage.getScene().lookup(".brief-editor .tab-pane"))
                        .getSelectionModel().select(1);
                return null;
            });
            settle();
            shoot("yaml-dark.png");
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(() -> {
                window.close();
                engine.close();
                Platform.exit();
            });
        }
    }

    /** Lets pending layout, CSS and a few pulses pass so that the screen shows the settled window. */
    private void settle() throws Exception {
        for (int i = 0; i < 8; i++) {
            fx(() -> null);
            Thread.sleep(60);
        }
    }

    private void shoot(String name) throws Exception {
        WritableImage shot = onFx(() -> new Robot().getScreenCapture(null, stage.getX(), stage.getY(),
                stage.getScene().getWidth(), stage.getScene().getHeight(), false));
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", out.resolve(name).toFile());
        System.out.println("wrote " + out.resolve(name));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the studio did not get there in time");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onFx(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    private static void fx(Callable<Object> work) {
        onFx(work);
    }
}
}
