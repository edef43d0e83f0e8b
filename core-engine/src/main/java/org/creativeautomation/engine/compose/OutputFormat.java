package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.document.InvalidInputException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/** The file formats creatives are written in. */
public enum OutputFormat {
    PNG("png"),
    /** Baseline JPEG, quality 90, 4:2:0 chroma subsampling (the JDK writer's default for colour). */
    JPG("jpg");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static OutputFormat parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("jpeg")) {
            return JPG;
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(t)).findFirst()
                .orElseThrow(() -> new InvalidInputException("--format " + text + ": unknown format (expected png or jpg)"));
    }

    /** Encodes the image; the same pixels always give the same bytes. */
    public byte[] encode(BufferedImage image) {
        return this == JPG ? jpeg(image, 0.9f) : png(image);
    }

    /**
     * Encodes a creative with its colour space declared (sRGB: an ICC profile in JPEG, the sRGB chunk
     * in PNG) and an XMP packet naming the tool and, for synthetic heroes, the IPTC digital source type.
     */
    public byte[] encode(BufferedImage image, Provenance provenance, String creatorTool) {
        String xmp = provenance.xmp(creatorTool);
        return this == JPG ? EmbeddedMetadata.jpeg(encode(image), xmp) : EmbeddedMetadata.png(encode(image), xmp);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Baseline JPEG at {@code quality} (0..1), 4:2:0; the same pixels always give the same bytes. */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(asBgrBytes(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The JDK's JPEG writer takes interleaved bytes as they are but repacks every other layout pixel
     * by pixel; one bulk conversion first saves about a third of the encoding time.
     */
    private static BufferedImage asBgrBytes(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return bgr;
    }
}
