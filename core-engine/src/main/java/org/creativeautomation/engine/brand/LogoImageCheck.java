package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.asset.ImageFormat;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * Checks that a logo file is what the composer can place on any background: a PNG (by its bytes,
 * not its name) with an alpha channel, a transparent background and something visible on it.
 */
final class LogoImageCheck {
    /** Logos are a few hundred pixels wide; anything this large is a mistake or a decompression bomb. */
    private static final long MAX_PIXELS = 40_000_000L;

    /** What is wrong with the logo, phrased to follow its quoted path; empty when it is fine. */
    Optional<String> problemWith(Path file) {
        try {
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(16);
            }
            Optional<ImageFormat> format = ImageFormat.sniff(header);
            if (format.isEmpty()) {
                String found = ImageFormat.describeUnknown(header);
                return Optional.of(found.startsWith("not ") ? "is not a PNG image" : "is " + found + ", not a PNG");
            }
            if (format.get() != ImageFormat.PNG) {
                return Optional.of("is a JPEG image, not a PNG (a logo needs a transparent background)");
            }
            return problemWithPixels(file);
        } catch (IOException e) {
            return Optional.of("cannot be read as a PNG (" + e.getMessage() + ")");
        }
    }

    private Optional<String> problemWithPixels(Path file) throws IOException {
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.of("cannot be decoded as a PNG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Optional.of("is too large (" + reader.getWidth(0) + " x " + reader.getHeight(0)
                            + " pixels; a logo of about 800 pixels wide is plenty)");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        }
        if (!image.getColorModel().hasAlpha()) {
            return Optional.of("has no alpha channel (a logo needs a transparent background)");
        }
        long transparent = 0;
        long visible = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int alpha = image.getRGB(x, y) >>> 24;
                if (alpha == 0) {
                    transparent++;
                } else {
                    visible++;
                }
            }
        }
        if (visible == 0) {
            return Optional.of("is fully transparent (the logo is blank)");
        }
        if (transparent == 0) {
            return Optional.of("has no transparent pixels (a logo needs a transparent background)");
        }
        return Optional.empty();
    }
}
