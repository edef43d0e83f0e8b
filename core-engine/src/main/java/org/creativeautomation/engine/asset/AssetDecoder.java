package org.creativeautomation.engine.asset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an image a person handed us, guardedly: the format comes from the magic bytes (never the
 * name), the size from the header before any pixel is decoded, and damage becomes an
 * {@link AssetException} that names the file. The result is upright and in sRGB.
 */
public final class AssetDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(AssetDecoder.class);
    private static final String TWELVEMONKEYS = "com.twelvemonkeys.";

    /** Decodes a file; see {@link #decode(byte[], String, IngestLimits)}. */
    public DecodedImage decode(Path file, IngestLimits limits) {
        return decode(readGuarded(file, limits), file.toString(), limits);
    }

    /**
     * Decodes image bytes; {@code source} names them in messages (a path, or a blob's hash).
     *
     * @throws AssetException for a format the studio does not read, an image over the limits, or a damaged file
     */
    public DecodedImage decode(byte[] bytes, String source, IngestLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(source, bytes.length, limits);
        }
        byte[] header = Arrays.copyOf(bytes, Math.min(bytes.length, 16));
        ImageFormat format = ImageFormat.sniff(header).orElseThrow(() -> unreadableFormat(source, header));
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw damaged(source, format, e);
            }
            long pixels = (long) width * height;
            if (width <= 0 || height <= 0) {
                throw new AssetException(source, "a " + format + " that claims " + width + " x " + height + " pixels");
            }
            if (pixels > limits.maxPixels()) {
                throw new AssetException(source, width + " x " + height + " pixels (" + IngestLimits.megapixels(pixels)
                        + ") exceeds the limit of " + IngestLimits.megapixels(limits.maxPixels()));
            }
            int orientation = ExifOrientation.read(bytes, format);
            Optional<EmbeddedIccProfile> profile = EmbeddedIccProfile.find(bytes, format);
            BufferedImage decoded = readPixels(reader, source, format);
            BufferedImage srgb = SrgbConversion.normalize(decoded, format, profile);
            BufferedImage upright = ExifOrientation.apply(srgb, orientation);
            String colorProfile = profile.map(EmbeddedIccProfile::description).orElse("sRGB");
            return new DecodedImage(upright, format, width, height, orientation, colorProfile);
        } catch (IOException e) {
            throw damaged(source, format, e); // closing an in-memory stream; no real I/O happens here
        } finally {
            reader.dispose();
        }
    }

    /** Reads a file's bytes, refusing missing files, folders and files over the byte limit first. */
    public static byte[] readGuarded(Path file, IngestLimits limits) {
        try {
            if (Files.isDirectory(file)) {
                throw new AssetException(file, "a folder, not an image file");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(file.toString(), size, limits);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AssetException(file, "no such file");
        } catch (IOException e) {
            throw new AssetException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static BufferedImage readPixels(ImageReader reader, String source, ImageFormat format) {
        List<String> truncation = new ArrayList<>();
        reader.addIIOReadWarningListener((r, warning) -> {
            String lower = warning.toLowerCase(Locale.ROOT);
            // libjpeg fills a cut-off file with grey and only warns; a half-grey hero is damage, not an image.
            if (lower.contains("truncated") || lower.contains("premature end")) {
                truncation.add(warning);
            } else {
                LOG.debug("{}: {}", source, warning);
            }
        });
        BufferedImage image;
        try {
            image = reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw damaged(source, format, e);
        }
        if (!truncation.isEmpty()) {
            throw new AssetException(source, "a truncated " + format + " image (" + truncation.get(0) + ")");
        }
        return image;
    }

    /** For JPEG, TwelveMonkeys' reader (CMYK, ICC profiles, lenient with odd files); for PNG, the JDK's. */
    private static ImageReader readerFor(ImageFormat format) {
        if (format == ImageFormat.JPEG) {
            ImageReader twelveMonkeys = findReader(format, true);
            if (twelveMonkeys == null) {
                // Plugins register when ImageIO first starts; one on another class loader needs a rescan.
                ImageIO.scanForPlugins();
                twelveMonkeys = findReader(format, true);
            }
            if (twelveMonkeys != null) {
                return twelveMonkeys;
            }
            LOG.warn("TwelveMonkeys JPEG reader not found; CMYK and ICC JPEGs may decode wrongly");
        }
        ImageReader any = findReader(format, false);
        if (any == null) {
            throw new IllegalStateException("no ImageIO reader for " + format + " on the class path");
        }
        return any;
    }

    private static ImageReader findReader(ImageFormat format, boolean twelveMonkeysOnly) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (!twelveMonkeysOnly || reader.getClass().getName().startsWith(TWELVEMONKEYS)) {
                return reader;
            }
        }
        return null;
    }

    private static AssetException unreadableFormat(String source, byte[] header) {
        String kind = ImageFormat.describeUnknown(header);
        if (kind.equals("not an image")) {
            return new AssetException(source, "not a PNG or JPEG image (its content does not start like one)");
        }
        return new AssetException(source, kind + ", not an image the studio reads (PNG or JPEG)");
    }

    private static AssetException tooLarge(String source, long size, IngestLimits limits) {
        return new AssetException(source, IngestLimits.megabytes(size) + " exceeds the limit of "
                + IngestLimits.megabytes(limits.maxBytes()));
    }

    private static AssetException damaged(String source, ImageFormat format, Exception cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new AssetException(source, "a damaged or truncated " + format + " image (" + detail + ")", cause);
    }
}
