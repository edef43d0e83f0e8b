package org.creativeautomation.studio.ui.preview;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.creativeautomation.studio.ui.common.ComplianceBadge;

/** One ratio in the preview grid: the creative small, its ratio and its compliance badge. */
final class RatioThumbnail extends VBox {
    static final double HEIGHT = 104;
    /** Landscape ratios would tower over portrait ones at one height: their width is capped. */
    static final double MAX_WIDTH = 132;
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final RatioPreview preview;

    RatioThumbnail(RatioPreview preview, boolean chosen, Runnable choose) {
        super(6);
        this.preview = preview;
        setId("thumbnail-" + preview.ratio().pathName());
        getStyleClass().add("ratio-thumbnail");
        pseudoClassStateChanged(CHOSEN, chosen);
        ImageView image = new ImageView(preview.image());
        image.setPreserveRatio(true);
        image.setSmooth(true);
        double aspect = preview.image().getWidth() / preview.image().getHeight();
        image.setFitHeight(Math.min(HEIGHT, MAX_WIDTH / aspect));
        StackPane frame = new StackPane(image);
        frame.setMinHeight(HEIGHT);
        frame.setAlignment(Pos.BOTTOM_CENTER);
        frame.getStyleClass().add("thumbnail-frame");
        Label ratio = new Label(preview.ratio().label());
        ratio.getStyleClass().add(Styles.TEXT_SMALL);
        ComplianceBadge badge = new ComplianceBadge();
        badge.setId("badge-" + preview.ratio().pathName());
        badge.show(preview.status());
        HBox caption = new HBox(6, ratio, badge);
        caption.setAlignment(Pos.CENTER);
        getChildren().addAll(frame, caption);
        setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(e -> choose.run());
    }

    RatioPreview preview() {
        return preview;
    }
}
