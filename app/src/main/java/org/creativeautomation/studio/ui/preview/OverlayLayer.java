package org.creativeautomation.studio.ui.preview;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The guides drawn over the creative, in the creative's own pixels (the layout's coordinates), so
 * they sit exactly where the engine put things at any zoom. Strokes keep their on-screen width.
 */
final class OverlayLayer extends Group {
    static final Color SAFE_ZONE = Color.web("#00b4ff");
    static final Color TEXT_BOX = Color.web("#ff3dcb");
    static final Color CROP = Color.web("#ff9f1a");
    static final Color SUBJECT = Color.web("#2ee59d");
    static final Color HIGHLIGHT = Color.web("#ff2d2d");

    private final Overlays overlays;
    private final DoubleExpression zoom;
    private final Group guides = new Group();
    private final Rectangle highlight = new Rectangle();
    private Layout layout;

    OverlayLayer(Overlays overlays, DoubleExpression zoom) {
        this.overlays = overlays;
        this.zoom = zoom;
        setManaged(false);
        highlight.setId("finding-highlight");
        highlight.setFill(HIGHLIGHT.deriveColor(0, 1, 1, 0.18));
        highlight.setStroke(HIGHLIGHT);
        highlight.setStrokeType(StrokeType.OUTSIDE);
        highlight.strokeWidthProperty().bind(Bindings.divide(3.0, zoom));
        highlight.setVisible(false);
        highlight.setMouseTransparent(true);
        getChildren().addAll(guides, highlight);
        overlays.safeZoneProperty().addListener(o -> redraw());
        overlays.textBoxesProperty().addListener(o -> redraw());
        overlays.cropWindowProperty().addListener(o -> redraw());
        overlays.subjectProperty().addListener(o -> redraw());
    }

    void show(Layout shown) {
        this.layout = shown;
        redraw();
    }

    /** Outlines a region of the creative; null hides the highlight. */
    void highlight(Box box) {
        if (box == null) {
            highlight.setVisible(false);
            return;
        }
        highlight.setX(box.x());
        highlight.setY(box.y());
        highlight.setWidth(box.width());
        highlight.setHeight(box.height());
        highlight.setVisible(true);
    }

    Rectangle highlightNode() {
        return highlight;
    }

    private void redraw() {
        List<Node> nodes = new ArrayList<>();
        if (layout != null) {
            if (overlays.safeZoneProperty().get()) {
                nodes.addAll(safeZone(layout));
            }
            if (overlays.cropWindowProperty().get()) {
                nodes.add(outline(layout.extension().photo(layout.width(), layout.height()), CROP, "crop"));
            }
            if (overlays.subjectProperty().get() && layout.crop().subject() != null) {
                nodes.add(outline(layout.crop().toCanvas(layout.crop().subject(), layout.width(), layout.height()),
                        SUBJECT, "subject"));
            }
            if (overlays.textBoxesProperty().get()) {
                nodes.addAll(textBoxes(layout));
            }
        }
        guides.getChildren().setAll(nodes);
    }

    /** The covered bands shaded, the visible part outlined. */
    private List<Node> safeZone(Layout shown) {
        Box visible = shown.safeZone().visible(shown.width(), shown.height());
        Color shade = SAFE_ZONE.deriveColor(0, 1, 1, 0.22);
        List<Node> nodes = new ArrayList<>();
        nodes.add(band(0, 0, shown.width(), visible.y(), shade));
        nodes.add(band(0, visible.bottom(), shown.width(), shown.height() - visible.bottom(), shade));
        nodes.add(band(0, visible.y(), visible.x(), visible.height(), shade));
        nodes.add(band(visible.right(), visible.y(), shown.width() - visible.right(), visible.height(), shade));
        Rectangle edge = outline(visible, SAFE_ZONE, "safe-zone");
        edge.getStrokeDashArray().setAll(8.0, 6.0);
        nodes.add(edge);
        return nodes;
    }

    private List<Node> textBoxes(Layout shown) {
        List<Node> nodes = new ArrayList<>();
        if (shown.message() != null) {
            nodes.add(outline(shown.message().box(), TEXT_BOX, "message-box"));
        }
        if (shown.cta() != null) {
            nodes.add(outline(shown.cta().box(), TEXT_BOX, "cta-box"));
        }
        if (shown.disclaimer() != null) {
            nodes.add(outline(shown.disclaimer().box(), TEXT_BOX, "disclaimer-box"));
        }
        if (shown.logo() != null) {
            Rectangle clear = outline(shown.logo().clearSpace(), TEXT_BOX, "logo-clear-space");
            clear.getStrokeDashArray().setAll(4.0, 4.0);
            nodes.add(clear);
            nodes.add(outline(shown.logo().box(), TEXT_BOX, "logo-box"));
        }
        return nodes;
    }

    private Rectangle outline(Box box, Color colour, String id) {
        Rectangle r = new Rectangle(box.x(), box.y(), box.width(), box.height());
        r.setId("overlay-" + id);
        r.setFill(Color.TRANSPARENT);
        r.setStroke(colour);
        r.strokeWidthProperty().bind(Bindings.divide(1.5, zoom));
        r.setMouseTransparent(true);
        return r;
    }

    private static Rectangle band(double x, double y, double width, double height, Color fill) {
        Rectangle r = new Rectangle(x, y, Math.max(0, width), Math.max(0, height));
        r.setFill(fill);
        r.setMouseTransparent(true);
        return r;
    }
}
