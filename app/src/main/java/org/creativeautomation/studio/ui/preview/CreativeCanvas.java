package org.creativeautomation.studio.ui.preview;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.creativeautomation.engine.compose.Box;

/**
 * The large view: the creative at export size, zoomed and panned, with guides over it. One image
 * pixel is one exported pixel, so at 100% a person sees exactly what the run writes. Scroll zooms
 * around the pointer, dragging pans, a double click fits; the keys + - 0 (fit) and 1 (100%) too.
 */
final class CreativeCanvas extends Region {
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 8;
    private static final double STEP = 1.25;
    private static final double FIT_MARGIN = 16;

    private final ImageView image = new ImageView();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final Translate pan = new Translate();
    private final Scale scale = new Scale();
    private final OverlayLayer overlay;
    private final Group content;
    private boolean fitting = true;
    private double dragX;
    private double dragY;

    CreativeCanvas(Overlays overlays) {
        getStyleClass().add("creative-canvas");
        setFocusTraversable(true);
        overlay = new OverlayLayer(overlays, zoom.getReadOnlyProperty());
        image.setSmooth(true);
        content = new Group(image, overlay);
        content.setManaged(false);
        content.getTransforms().setAll(pan, scale);
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        handleInput();
    }

    void show(ShownCreative creative) {
        Image previous = image.getImage();
        image.setImage(creative.image());
        overlay.show(creative.layout());
        if (previous == null || previous.getWidth() != creative.image().getWidth()
                || previous.getHeight() != creative.image().getHeight()) {
            fitting = true;
            requestLayout();
        }
    }

    void highlight(Box box) {
        overlay.highlight(box);
    }

    Rectangle highlightNode() {
        return overlay.highlightNode();
    }

    ImageView imageView() {
        return image;
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Zooms so the whole creative shows, centred; it stays fitted as the view resizes. */
    void fit() {
        fitting = true;
        requestLayout();
    }

    /** One creative pixel per screen pixel, centred. */
    void actualSize() {
        fitting = false;
        zoom.set(1);
        centre();
    }

    void zoomIn() {
        zoomAround(STEP, getWidth() / 2, getHeight() / 2);
    }

    void zoomOut() {
        zoomAround(1 / STEP, getWidth() / 2, getHeight() / 2);
    }

    @Override
    protected void layoutChildren() {
        if (fitting) {
            applyFit();
        }
    }

    private void applyFit() {
        Image shown = image.getImage();
        if (shown == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double fit = Math.min((getWidth() - 2 * FIT_MARGIN) / shown.getWidth(),
                (getHeight() - 2 * FIT_MARGIN) / shown.getHeight());
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, fit)));
        centre();
    }

    private void centre() {
        Image shown = image.getImage();
        if (shown == null) {
            return;
        }
        pan.setX(Math.round((getWidth() - shown.getWidth() * zoom.get()) / 2));
        pan.setY(Math.round((getHeight() - shown.getHeight() * zoom.get()) / 2));
    }

    private void zoomAround(double factor, double x, double y) {
        double before = zoom.get();
        double after = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, before * factor));
        fitting = false;
        // The creative pixel under the pointer stays under it.
        pan.setX(x - (x - pan.getX()) * after / before);
        pan.setY(y - (y - pan.getY()) * after / before);
        zoom.set(after);
    }

    private void handleInput() {
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAround(e.getDeltaY() > 0 ? STEP : 1 / STEP, e.getX(), e.getY());
            }
            e.consume();
        });
        setOnMousePressed(e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
        });
        setOnMouseDragged(e -> {
            if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
                fitting = false;
                pan.setX(pan.getX() + e.getX() - dragX);
                pan.setY(pan.getY() + e.getY() - dragY);
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                fit();
            }
        });
        setOnKeyPressed(e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
                zoomIn();
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                zoomOut();
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                fit();
            } else if (code == KeyCode.DIGIT1 || code == KeyCode.NUMPAD1) {
                actualSize();
            } else {
                return;
            }
            e.consume();
        });
    }
}
