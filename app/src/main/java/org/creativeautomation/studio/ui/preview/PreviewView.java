package org.creativeautomation.studio.ui.preview;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.creativeautomation.engine.comply.Finding;

import java.util.Locale;

/**
 * The live preview: product and locale pickers, overlay switches and zoom on top; every ratio as a
 * thumbnail with its compliance badge; the chosen ratio large, at export size, under the guides.
 */
public final class PreviewView {
    private final PreviewViewModel model;
    private final Overlays overlays = new Overlays();
    private final CreativeCanvas canvas = new CreativeCanvas(overlays);
    private final HBox grid = new HBox(8);
    private final VBox root = new VBox();

    /** @param highlighted the finding whose box the canvas outlines; null value for none */
    public PreviewView(PreviewViewModel model, ObservableValue<Finding> highlighted) {
        this.model = model;
        root.getStyleClass().add("preview-pane");
        canvas.setId("creative-canvas");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        StackPane stage = new StackPane(canvas, busyIndicator(), emptyNotice());
        VBox.setVgrow(stage, Priority.ALWAYS);
        root.getChildren().addAll(toolbar(), thumbnails(), stage, statusLine());
        model.largeProperty().addListener((o, old, shown) -> {
            if (shown != null) {
                canvas.show(shown);
                canvas.highlight(boxOf(highlighted.getValue()));
            }
        });
        highlighted.addListener((o, old, finding) -> canvas.highlight(boxOf(finding)));
    }

    public Node root() {
        return root;
    }

    /** The large view's outline of the picked finding, for tests and for scrolling to it. */
    public Rectangle highlightNode() {
        return canvas.highlightNode();
    }

    private static org.creativeautomation.engine.compose.Box boxOf(Finding finding) {
        return finding == null ? null : finding.box();
    }

    private Node toolbar() {
        ComboBox<String> product = new ComboBox<>(model.products());
        product.setId("preview-product");
        product.valueProperty().bindBidirectional(model.productProperty());
        product.setTooltip(new Tooltip("Product"));
        product.setPrefWidth(180);
        product.setMinWidth(120);
        ComboBox<String> locale = new ComboBox<>(model.locales());
        locale.setId("preview-locale");
        locale.valueProperty().bindBidirectional(model.localeProperty());
        locale.setTooltip(new Tooltip("Locale"));
        locale.setPrefWidth(104);
        locale.setMinWidth(Region.USE_PREF_SIZE);

        ToggleButton safe = overlay("Safe zone", "overlay-safe-zone", "Platform bands kept free of text and logo");
        safe.selectedProperty().bindBidirectional(overlays.safeZoneProperty());
        ToggleButton boxes = overlay("Boxes", "overlay-text-boxes", "Message, call to action, disclaimer and logo");
        boxes.selectedProperty().bindBidirectional(overlays.textBoxesProperty());
        ToggleButton crop = overlay("Crop", "overlay-crop", "Where the cropped photo lies on the canvas");
        crop.selectedProperty().bindBidirectional(overlays.cropWindowProperty());
        ToggleButton subject = overlay("Subject", "overlay-subject", "The product the crop keeps in view");
        subject.selectedProperty().bindBidirectional(overlays.subjectProperty());
        HBox overlayGroup = new HBox(safe, boxes, crop, subject);
        overlayGroup.getStyleClass().add("overlay-switches");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label guides = new Label("Guides");
        guides.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        guides.setMinWidth(Region.USE_PREF_SIZE);
        Label behind = new Label("Last valid brief");
        behind.setId("preview-behind");
        behind.setTooltip(new Tooltip("The brief has problems; the preview shows it as it last validated"));
        behind.getStyleClass().addAll("badge", "badge-warning");
        behind.setMinWidth(Region.USE_PREF_SIZE);
        behind.visibleProperty().bind(model.behindProperty());
        behind.managedProperty().bind(behind.visibleProperty());
        HBox bar = new HBox(8, product, locale, new Separator(Orientation.VERTICAL), guides, overlayGroup, spacer,
                behind);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("preview-toolbar");
        return bar;
    }

    /** Zoom sits in the status line under the canvas, where it neither crowds the toolbar nor covers the creative. */
    private Node zoomControls() {
        Button out = zoomButton("−", "zoom-out", "Zoom out (-)");
        out.setOnAction(e -> canvas.zoomOut());
        Button fit = zoomButton("Fit", "zoom-fit", "Fit the creative (0, or double-click)");
        fit.setOnAction(e -> canvas.fit());
        Button actual = zoomButton("100%", "zoom-actual", "Export pixels one to one (1)");
        actual.setOnAction(e -> canvas.actualSize());
        Button in = zoomButton("+", "zoom-in", "Zoom in (+)");
        in.setOnAction(e -> canvas.zoomIn());
        Label zoomLabel = new Label();
        zoomLabel.setId("zoom-level");
        zoomLabel.setMinWidth(44);
        zoomLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        zoomLabel.textProperty().bind(canvas.zoomProperty().multiply(100).asString(Locale.ROOT, "%.0f%%"));
        HBox controls = new HBox(2, zoomLabel, out, fit, actual, in);
        controls.setAlignment(Pos.CENTER);
        controls.getStyleClass().add("zoom-controls");
        return controls;
    }

    private static ToggleButton overlay(String text, String id, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Button zoomButton(String text, String id, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Node thumbnails() {
        grid.setId("ratio-grid");
        grid.setAlignment(Pos.BOTTOM_LEFT);
        grid.setPadding(new Insets(10, 12, 10, 12));
        model.thumbnails().addListener((ListChangeListener<RatioPreview>) change -> showThumbnails());
        model.ratioProperty().addListener((o, old, ratio) -> showThumbnails());
        ScrollPane strip = new ScrollPane(grid);
        strip.setFitToHeight(true);
        strip.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        strip.getStyleClass().addAll("ratio-strip", "edge-to-edge");
        return strip;
    }

    private void showThumbnails() {
        grid.getChildren().setAll(model.thumbnails().stream()
                .map(t -> new RatioThumbnail(t, t.ratio() == model.ratioProperty().get(),
                        () -> model.ratioProperty().set(t.ratio())))
                .toList());
    }

    private Node busyIndicator() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("preview-busy");
        busy.setMaxSize(28, 28);
        busy.visibleProperty().bind(model.busyProperty());
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        StackPane.setMargin(busy, new Insets(12));
        busy.setMouseTransparent(true);
        return busy;
    }

    private Node emptyNotice() {
        Label notice = new Label("The preview appears once the brief is valid.");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.visibleProperty().bind(model.largeProperty().isNull());
        notice.setMouseTransparent(true);
        return notice;
    }

    private Node statusLine() {
        Label info = new Label();
        info.setId("preview-info");
        info.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        info.textProperty().bind(model.infoProperty());
        Label error = new Label();
        error.setId("preview-error");
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        error.setMinWidth(0);
        HBox line = new HBox(12, info, error, spacer, zoomControls());
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(4, 12, 4, 12));
        line.getStyleClass().add("preview-status");
        return line;
    }
}
