package org.creativeautomation.studio.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.studio.ui.home.HomeView;
import org.creativeautomation.studio.ui.home.HomeViewModel;

/** The main window: title, size and its one view for now, the campaign home. */
public final class MainWindow {
    public static final String TITLE = "Creative Automation Studio";
    private final StudioEngine engine;

    public MainWindow(StudioEngine engine) {
        this.engine = engine;
    }

    public void show(Stage stage) {
        HomeView view = new HomeView(new HomeViewModel(engine), stage);
        Scene scene = new Scene(view.root(), 1200, 780);
        scene.getStylesheets().add(MainWindow.class.getResource("/studio.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
    }
}
