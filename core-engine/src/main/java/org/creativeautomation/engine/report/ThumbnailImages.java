package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.creativeautomation.engine.compose.ImageScaler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Creatives as small JPEGs for the sheet. Full-size creatives would make a twenty-creative sheet tens
 * of megabytes; about three pixels per point (over 200 dpi) stays sharp in print and on screen.
 */
final class ThumbnailImages {
    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailImages.class);
    static final int MAX_LONG_SIDE_PX = 600;
    private static final float PIXELS_PER_POINT = 3f;
    static final float JPEG_QUALITY = 0.85f;

    private final PDDocument document;

    ThumbnailImages(PDDocument document) {
        this.document = document;
    }

    /** The creative's thumbnail for a {@code widthPt} × {@code heightPt} slot; empty when it cannot be read. */
    Optional<PDImageXObject> load(ProofCreative creative, float widthPt, float heightPt) {
        if (creative.thumbnail() != null) {
            try {
                return Optional.of(JPEGFactory.createFromByteArray(document, creative.thumbnail()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Proof sheet: the thumbnail of {} is unreadable, reading the creative", creative.image(), e);
            }
        }
        return load(creative.image(), widthPt, heightPt);
    }

    /** The creative scaled for a {@code widthPt} × {@code heightPt} slot; empty when it cannot be read. */
    Optional<PDImageXObject> load(Path file, float widthPt, float heightPt) {
        if (file == null || !Files.isRegularFile(file)) {
            LOG.warn("Proof sheet: creative {} not found, showing a placeholder", file);
            return Optional.empty();
        }
        try {
            BufferedImage source = ImageIO.read(file.toFile());
            if (source == null) {
                LOG.warn("Proof sheet: {} is not an image this build can read, showing a placeholder", file);
                return Optional.empty();
            }
            return Optional.of(JPEGFactory.createFromImage(document, shrink(source, widthPt, heightPt), JPEG_QUALITY));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Proof sheet: cannot read {}, showing a placeholder", file, e);
            return Optional.empty();
        }
    }

    static BufferedImage shrink(BufferedImage source, float widthPt, float heightPt) {
        double longSidePt = Math.max(widthPt, heightPt);
        int targetLong = (int) Math.min(MAX_LONG_SIDE_PX, Math.ceil(longSidePt * PIXELS_PER_POINT));
        int sourceLong = Math.max(source.getWidth(), source.getHeight());
        double scale = Math.min(1.0, targetLong / (double) sourceLong);
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage scaled = ImageScaler.scale(source, w, h, alpha);
        return alpha ? onWhite(scaled) : scaled;
    }

    /** JPEG has no transparency: show transparent parts on the page's white, as a viewer would. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return opaque;
    }
}
