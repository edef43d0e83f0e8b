package org.creativeautomation.plugins.stablediffusion;

import java.util.Optional;

/**
 * The encodings the engine reads. Both servers can be set to save WebP (A1111's
 * {@code samples_format}, ComfyUI's WebP save nodes), so an answer is sniffed rather than trusted.
 */
public enum ImageFormat {
    PNG, JPEG;

    /** The format the bytes start with, or empty for anything else. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of(PNG);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }
}
