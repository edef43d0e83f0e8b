package org.creativeautomation.studio.ui.preview;

import javafx.scene.image.Image;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.Ratio;

/**
 * The creative in the large view: drawn at the export's size, so one image pixel is one exported
 * pixel, with the layout its overlays are drawn from.
 */
public record ShownCreative(String product, String locale, Ratio ratio, Layout layout, Image image) {
}
