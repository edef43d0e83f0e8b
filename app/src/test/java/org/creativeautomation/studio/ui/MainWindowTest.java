package org.creativeautomation.studio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.StudioHome;
import org.creativeautomation.studio.ui.home.HomeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the real studio window headless (Monocle) and checks what a person sees first. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path home;

    private StudioEngine engine;
    private Stage stage;

    @BeforeAll
    static void quietJavaFx() {
        UnnamedModuleWarning.silence();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // studio.css builds on the theme's looked-up colours, as in StudioApp; without it they do not resolve.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        engine = StudioEngine.open(StudioHome.resolve(home.toString(), Map.of()), null, repoKits());
        new MainWindow(engine).show(stage);
        stage.requestFocus();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void windowIsTitledAndShowsTheShippedBrandKits(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Creative Automation Studio");
        assertThat(stage.isShowing()).isTrue();
        ListView<?> kits = robot.lookup("#kit-list").queryAs(ListView.class);
        assertThat(kits.getItems()).hasSizeGreaterThanOrEqualTo(2);
        Button run = robot.lookup("#run-brief").queryButton();
        assertThat(run.getText()).isEqualTo("Run a brief…");
        assertThat(run.isDisabled()).isFalse();
    }

    @Test
    void runningABriefFillsTheGalleryWithItsCreatives(FxRobot robot) throws Exception {
        Path brief = repoKits().getParent().resolve("examples/summer-splash/brief.yaml");
        HomeViewModel model = new HomeViewModel(engine);
        robot.interact(() -> model.run(brief));
        org.testfx.util.WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS,
                () -> !model.runningProperty().get() && !model.creatives().isEmpty());

        assertThat(model.creatives()).hasSize(20);
        assertThat(model.creatives()).allSatisfy(tile -> assertThat(tile.file()).isRegularFile()
                .startsWith(home.resolve("out")));
        assertThat(model.statusProperty().get()).contains("20 creatives");
    }

    private static Path repoKits() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("brand-kits")) && Files.isDirectory(p.resolve("examples"))) {
                return p.resolve("brand-kits");
            }
        }
        throw new IllegalStateException("brand-kits not found");
    }
}
