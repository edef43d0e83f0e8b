package org.creativeautomation.engine.asset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The image formats the studio reads, recognised by their magic bytes, never by file name. */
public enum ImageFormat {
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg");

    private final String extension;
    private final String mediaType;

    ImageFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format the first bytes of a file announce, if it is one we read. */
    public static Optional<ImageFormat> sniff(byte[] header) {
        if (header.length >= 8 && (header[0] & 0xff) == 0x89 && header[1] == 'P' && header[2] == 'N' && header[3] == 'G'
                && header[4] == 0x0d && header[5] == 0x0a && header[6] == 0x1a && header[7] == 0x0a) {
            return Optional.of(PNG);
        }
        if (header.length >= 3 && (header[0] & 0xff) == 0xff && (header[1] & 0xff) == 0xd8 && (header[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    public static Optional<ImageFormat> sniff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sniff(in.readNBytes(16));
        }
    }

    /** A short name for what a file's first bytes look like, for error messages ("GIF", "WebP", "PDF"...). */
    public static String describeUnknown(byte[] header) {
        String ascii = new String(header, 0, Math.min(header.length, 12), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("GIF8")) {
            return "a GIF image";
        }
        if (ascii.startsWith("RIFF") && ascii.length() >= 12 && ascii.substring(8, 12).equals("WEBP")) {
            return "a WebP image";
        }
        if (ascii.startsWith("%PDF")) {
            return "a PDF document";
        }
        if (ascii.startsWith("BM")) {
            return "a BMP image";
        }
        if (ascii.startsWith("II*") || ascii.startsWith("MM")) {
            return "a TIFF image";
        }
        if (ascii.length() >= 12 && ascii.substring(4, 8).equals("ftyp")) {
            return "an HEIC/AVIF or video file";
        }
        if (ascii.trim().startsWith("<")) {
            return "an SVG or XML/HTML text file";
        }
        if (header.length == 0) {
            return "an empty file";
        }
        return "not an image";
    }
}
