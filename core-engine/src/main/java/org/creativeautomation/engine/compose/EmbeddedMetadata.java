package org.creativeautomation.engine.compose;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes a creative's colour space and provenance into its encoded bytes: the sRGB ICC profile and an
 * XMP packet for JPEG (APP2 and APP1 segments after JFIF), the {@code sRGB} chunk and an
 * {@code iTXt XML:com.adobe.xmp} chunk for PNG (after IHDR). Splicing the encoder's output keeps the
 * pixels exactly as encoded and the bytes reproducible.
 */
final class EmbeddedMetadata {
    private static final byte[] XMP_JPEG_NAMESPACE = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ICC_JPEG_NAME = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final int PNG_SIGNATURE_AND_IHDR = 8 + 25;

    private EmbeddedMetadata() {
    }

    static byte[] jpeg(byte[] encoded, String xmp) {
        if (encoded.length < 4 || (encoded[0] & 0xff) != 0xFF || (encoded[1] & 0xff) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG stream");
        }
        int insertAt = 2;
        if ((encoded[2] & 0xff) == 0xFF && (encoded[3] & 0xff) == 0xE0) {
            insertAt = 4 + (((encoded[4] & 0xff) << 8) | (encoded[5] & 0xff));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length + SRGB_PROFILE.length + 1024);
        out.write(encoded, 0, insertAt);
        segment(out, 0xE1, XMP_JPEG_NAMESPACE, xmp.getBytes(StandardCharsets.UTF_8));
        segment(out, 0xE2, ICC_JPEG_NAME, new byte[] {1, 1}, SRGB_PROFILE);
        out.write(encoded, insertAt, encoded.length - insertAt);
        return out.toByteArray();
    }

    static byte[] png(byte[] encoded, String xmp) {
        if (encoded.length < PNG_SIGNATURE_AND_IHDR || !"IHDR".equals(new String(encoded, 12, 4, StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("not a PNG stream");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length + 1024);
        out.write(encoded, 0, PNG_SIGNATURE_AND_IHDR);
        if (!hasChunk(encoded, "sRGB")) {
            chunk(out, "sRGB", new byte[] {0}); // rendering intent: perceptual
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes("XML:com.adobe.xmp".getBytes(StandardCharsets.US_ASCII));
        text.writeBytes(new byte[] {0, 0, 0, 0, 0}); // keyword end, uncompressed, method, no language, no translation
        text.writeBytes(xmp.getBytes(StandardCharsets.UTF_8));
        chunk(out, "iTXt", text.toByteArray());
        out.write(encoded, PNG_SIGNATURE_AND_IHDR, encoded.length - PNG_SIGNATURE_AND_IHDR);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[]... parts) {
        int length = 2;
        for (byte[] part : parts) {
            length += part.length;
        }
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("JPEG segment too long: " + length);
        }
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xff);
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static boolean hasChunk(byte[] png, String type) {
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String name = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (name.equals(type)) {
                return true;
            }
            if (name.equals("IDAT") || length < 0) {
                return false;
            }
            at += 12 + length;
        }
        return false;
    }
}
