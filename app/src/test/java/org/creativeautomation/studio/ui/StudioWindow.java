package org.creativeautomation.studio.ui;

import javafx.stage.Stage;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.StudioHome;
import org.creativeautomation.studio.ui.common.UiExecutors;
import org.creativeautomation.studio.ui.theme.StudioTheme;
import org.creativeautomation.studio.ui.workspace.EditorTimings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The real studio window on a fresh studio home, as the TestFX tests open it. */
public final class StudioWindow {
    /** Short pauses: tests wait for results, not for the clock. */
    public static final EditorTimings TIMINGS = new EditorTimings(Duration.ofMillis(30), Duration.ZERO,
            Duration.ofMillis(60));

    private final StudioEngine engine;
    private final MainWindow window;

    private StudioWindow(StudioEngine engine, MainWindow window) {
        this.engine = engine;
        this.window = window;
    }

    public static StudioWindow open(Path home, Stage stage) {
        UnnamedModuleWarning.silence();
        StudioEngine engine = StudioEngine.open(new StudioHome(home), null, StudioFixtures.kits(), Map.of());
        MainWindow window = new MainWindow(engine, UiExecutors.forStudio(), TIMINGS, StudioTheme.LIGHT);
        window.show(stage);
        stage.requestFocus();
        return new StudioWindow(engine, window);
    }

    public StudioEngine engine() {
        return engine;
    }

    public MainWindow window() {
        return window;
    }

    public void close() {
        window.close();
        engine.close();
    }
}
