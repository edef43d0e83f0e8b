package org.creativeautomation.engine.asset;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EXIF orientation (1-8): how the stored pixels must be turned to stand upright. Cameras store the
 * sensor's rows and only tag the rotation, so an untreated portrait photo would come out sideways.
 */
final class ExifOrientation {
    private static final Logger LOG = LoggerFactory.getLogger(ExifOrientation.class);

    private ExifOrientation() {
    }

    /** The orientation tagged in the image's EXIF data; 1 (as stored) when absent or unreadable. */
    static int read(byte[] image, ImageFormat format) {
        try {
            Metadata metadata;
            if (format == ImageFormat.JPEG) {
                metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(image), List.of(new ExifReader()));
            } else {
                Optional<byte[]> exif = PngChunks.find(image, "eXIf");
                if (exif.isEmpty()) {
                    return 1;
                }
                metadata = new Metadata();
                new ExifReader().extract(new ByteArrayReader(exif.get()), metadata);
            }
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation != null && orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (Exception e) {
            // metadata-extractor throws its own checked and unchecked exceptions on odd EXIF; the pixels are still fine.
            LOG.warn("Ignoring unreadable EXIF data: {}", e.toString());
            return 1;
        }
    }

    /**
     * The image turned upright. Takes TYPE_INT_RGB or TYPE_INT_ARGB and returns the same type; 5 to 8
     * swap width and height.
     */
    static BufferedImage apply(BufferedImage stored, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return stored;
        }
        if (stored.getType() != BufferedImage.TYPE_INT_RGB && stored.getType() != BufferedImage.TYPE_INT_ARGB) {
            throw new IllegalArgumentException("expects TYPE_INT_RGB or TYPE_INT_ARGB, not type " + stored.getType());
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swaps = orientation >= 5;
        int outW = swaps ? h : w;
        int outH = swaps ? w : h;
        BufferedImage upright = new BufferedImage(outW, outH, stored.getType());
        int[] src = ((DataBufferInt) stored.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) upright.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }             // mirrored horizontally
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }     // rotated 180
                    case 4 -> { dx = x; dy = h - 1 - y; }             // mirrored vertically
                    case 5 -> { dx = y; dy = x; }                     // transposed
                    case 6 -> { dx = h - 1 - y; dy = x; }             // needs 90 clockwise
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }     // transversed
                    default -> { dx = y; dy = w - 1 - x; }            // 8: needs 90 counter-clockwise
                }
                dst[dy * outW + dx] = src[row + x];
            }
        }
        return upright;
    }
}
