package org.creativeautomation.studio.ui.home;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.RgbColor;

import java.io.File;
import java.nio.file.Path;

/** The campaign home: brand kits on the left, the last run's creatives in the middle, a run bar on top. */
public final class HomeView {
    private final HomeViewModel model;
    private final Window owner;
    private final BorderPane root = new BorderPane();

    public HomeView(HomeViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        root.getStyleClass().add("studio-home");
        root.setTop(toolbar());
        root.setLeft(kitList());
        root.setCenter(gallery());
        acceptDroppedBriefs();
    }

    public BorderPane root() {
        return root;
    }

    private Node toolbar() {
        Label title = new Label("Creative Automation Studio");
        title.getStyleClass().add(Styles.TITLE_3);
        Button open = new Button("Run a brief…");
        open.setId("run-brief");
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(true);
        open.disableProperty().bind(model.runningProperty());
        open.setOnAction(e -> chooseBrief());
        ProgressBar progress = new ProgressBar();
        progress.setId("run-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(220);
        Label status = new Label();
        status.setId("run-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        title.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        progress.setMinWidth(120);
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, title, spacer, status, progress, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        bar.getStyleClass().add("studio-toolbar");
        return bar;
    }

    private Node kitList() {
        Label heading = new Label("Brand kits");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<BrandKit> list = new ListView<>(model.kits());
        list.setId("kit-list");
        list.setCellFactory(v -> new KitCell());
        list.setPrefWidth(260);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, heading, list);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node gallery() {
        FlowPane tiles = new FlowPane(16, 16);
        tiles.setId("gallery");
        tiles.setPadding(new Insets(16));
        Label empty = new Label("No creatives yet. Run a brief, or drop a brief file here.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable refresh = () -> {
            if (model.creatives().isEmpty()) {
                tiles.getChildren().setAll(empty);
                return;
            }
            tiles.getChildren().setAll(model.creatives().stream().map(HomeView::tileView).toList());
        };
        model.creatives().addListener((ListChangeListener<CreativeTile>) change -> refresh.run());
        refresh.run();
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Node tileView(CreativeTile tile) {
        ImageView image = new ImageView(new Image(tile.file().toUri().toString(), 200, 200, true, true, true));
        image.setPreserveRatio(true);
        Label caption = new Label(tile.caption());
        caption.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(6, image, caption);
        box.getStyleClass().add("creative-tile");
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private void chooseBrief() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a campaign brief");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Briefs", "*.yaml", "*.yml", "*.json"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            model.run(file.toPath());
        }
    }

    private void acceptDroppedBriefs() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !model.runningProperty().get();
            if (ok) {
                Path brief = e.getDragboard().getFiles().get(0).toPath();
                model.run(brief);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** A kit with its three main colours as swatches. */
    private static final class KitCell extends ListCell<BrandKit> {
        @Override
        protected void updateItem(BrandKit kit, boolean empty) {
            super.updateItem(kit, empty);
            if (empty || kit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            HBox swatches = new HBox(3, swatch(kit.colors().primary()), swatch(kit.colors().secondary()),
                    swatch(kit.colors().accent()));
            Label name = new Label(kit.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label id = new Label(kit.id() + "  v" + kit.version());
            id.getStyleClass().add(Styles.TEXT_MUTED);
            setGraphic(new VBox(4, name, id, swatches));
            setText(null);
        }

        private static Rectangle swatch(RgbColor c) {
            Rectangle r = new Rectangle(22, 12, Color.rgb(c.red(), c.green(), c.blue()));
            r.setArcWidth(4);
            r.setArcHeight(4);
            return r;
        }
    }
}
