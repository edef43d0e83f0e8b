package org.creativeautomation.studio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.StudioHome;
import org.creativeautomation.studio.StudioInstall;

/** The studio window's JavaFX application: opens the engine on the studio home and shows the main window. */
public final class StudioApp extends Application {
    private StudioEngine engine;

    public static void launchWindow(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        engine = StudioEngine.open(StudioHome.resolve(null, System.getenv()), null, StudioInstall.shippedBrandKits());
        new MainWindow(engine).show(stage);
    }

    @Override
    public void stop() {
        if (engine != null) {
            engine.close();
        }
    }
}
