package org.creativeautomation.studio.ui.preview;

import javafx.scene.image.Image;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.compose.Ratio;

/**
 * One ratio's thumbnail in the preview grid.
 *
 * @param status its compliance verdict; null until its checks have run
 */
public record RatioPreview(Ratio ratio, Image image, ComplianceStatus status) {

    public RatioPreview withStatus(ComplianceStatus checked) {
        return new RatioPreview(ratio, image, checked);
    }
}
