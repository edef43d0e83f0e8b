package org.creativeautomation.engine.report;

import org.creativeautomation.engine.compose.ImageScaler;
import org.creativeautomation.engine.compose.OutputFormat;

import java.awt.image.BufferedImage;

/**
 * A creative shrunk for the proof sheet while its pixels are still in memory, so that writing the
 * sheet after a run does not decode every creative file again.
 */
public final class ProofThumbnail {
    private ProofThumbnail() {
    }

    /** JPEG bytes of the creative at the sheet's resolution (at most {@value ThumbnailImages#MAX_LONG_SIDE_PX} px). */
    public static byte[] of(BufferedImage creative) {
        int longSide = Math.max(creative.getWidth(), creative.getHeight());
        double scale = Math.min(1.0, ThumbnailImages.MAX_LONG_SIDE_PX / (double) longSide);
        int w = Math.max(1, (int) Math.round(creative.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(creative.getHeight() * scale));
        BufferedImage small = ImageScaler.scale(creative, w, h, false);
        return OutputFormat.jpeg(small, ThumbnailImages.JPEG_QUALITY);
    }
}
