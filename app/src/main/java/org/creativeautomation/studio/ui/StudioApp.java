package org.creativeautomation.studio.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.StudioHome;
import org.creativeautomation.studio.StudioInstall;

/** The studio window's JavaFX application: opens the engine on the studio home and shows the main window. */
public final class StudioApp extends Application {
    /** The named application parameter that carries the launcher's {@code --home} folder. */
    static final String HOME_PARAMETER = "home";
    private StudioEngine engine;
    private MainWindow window;

    /**
     * Opens the window and returns when it closes.
     *
     * @param home the studio home folder; null for the default (STUDIO_HOME, then the XDG data folder)
     * @throws UnsupportedOperationException when there is no display to open a window on
     */
    public static void launchWindow(String home) {
        UnnamedModuleWarning.silence();
        String[] parameters = home == null ? new String[0] : new String[]{"--" + HOME_PARAMETER + "=" + home};
        Application.launch(StudioApp.class, parameters);
    }

    @Override
    public void start(Stage stage) {
        String home = getParameters().getNamed().get(HOME_PARAMETER);
        engine = StudioEngine.open(StudioHome.resolve(home, System.getenv()), null, StudioInstall.shippedBrandKits());
        window = new MainWindow(engine);
        window.show(stage);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
