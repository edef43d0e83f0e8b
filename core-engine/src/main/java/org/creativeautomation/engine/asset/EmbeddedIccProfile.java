package org.creativeautomation.engine.asset;

import com.twelvemonkeys.imageio.color.ColorProfiles;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ICC profile embedded in a JPEG (APP2 ICC_PROFILE segments) or a PNG (iCCP chunk), and its description. */
record EmbeddedIccProfile(ICC_Profile profile, String description) {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedIccProfile.class);
    private static final byte[] JPEG_ICC_MARKER = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    /** Real profiles are well under a megabyte; the cap keeps a crafted iCCP chunk from inflating without end. */
    private static final int MAX_PROFILE_BYTES = 8 * 1024 * 1024;

    static Optional<EmbeddedIccProfile> find(byte[] image, ImageFormat format) {
        try {
            Optional<byte[]> data = format == ImageFormat.JPEG ? fromJpeg(image) : fromPng(image);
            return data.map(bytes -> {
                ICC_Profile profile = ColorProfiles.createProfile(bytes);
                return new EmbeddedIccProfile(profile, describe(profile));
            });
        } catch (RuntimeException | DataFormatException e) {
            // A broken profile is no reason to refuse the image; it is shown as the sRGB it will be treated as.
            LOG.warn("Ignoring an unreadable embedded colour profile: {}", e.toString());
            return Optional.empty();
        }
    }

    boolean isSrgb() {
        return ColorProfiles.isCS_sRGB(profile) || description.toLowerCase(Locale.ROOT).startsWith("srgb");
    }

    int colorSpaceType() {
        return profile.getColorSpaceType();
    }

    boolean isGray() {
        return colorSpaceType() == ColorSpace.TYPE_GRAY;
    }

    /** Concatenates the APP2 ICC_PROFILE segments in their sequence order. */
    private static Optional<byte[]> fromJpeg(byte[] jpeg) {
        TreeMap<Integer, byte[]> chunks = new TreeMap<>();
        int offset = 2;
        while (offset + 4 <= jpeg.length) {
            if ((jpeg[offset] & 0xff) != 0xff) {
                break;
            }
            int marker = jpeg[offset + 1] & 0xff;
            if (marker == 0xff) {
                offset++; // fill byte
                continue;
            }
            if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                offset += 2; // markers without a length
                continue;
            }
            if (marker == 0xda || marker == 0xd9) {
                break; // scan data or end: no more headers
            }
            int length = ((jpeg[offset + 2] & 0xff) << 8) | (jpeg[offset + 3] & 0xff);
            int payload = offset + 4;
            int payloadLength = length - 2;
            if (payloadLength < 0 || payload + payloadLength > jpeg.length) {
                break;
            }
            if (marker == 0xe2 && startsWith(jpeg, payload, payloadLength, JPEG_ICC_MARKER) && payloadLength > 14) {
                int sequence = jpeg[payload + 12] & 0xff;
                int start = payload + 14;
                byte[] chunk = new byte[payload + payloadLength - start];
                System.arraycopy(jpeg, start, chunk, 0, chunk.length);
                chunks.put(sequence, chunk);
            }
            offset = payload + payloadLength;
        }
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        chunks.values().forEach(profile::writeBytes);
        return Optional.of(profile.toByteArray());
    }

    /** iCCP: a profile name (1-79 bytes), a zero, the compression method (0 = zlib), the compressed profile. */
    private static Optional<byte[]> fromPng(byte[] png) throws DataFormatException {
        Optional<byte[]> chunk = PngChunks.find(png, "iCCP");
        if (chunk.isEmpty()) {
            return Optional.empty();
        }
        byte[] data = chunk.get();
        int nameEnd = 0;
        while (nameEnd < data.length && data[nameEnd] != 0) {
            nameEnd++;
        }
        if (nameEnd + 2 > data.length) {
            throw new DataFormatException("iCCP chunk without compressed profile");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, nameEnd + 2, data.length - nameEnd - 2);
            ByteArrayOutputStream profile = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated iCCP profile");
                }
                profile.write(buffer, 0, n);
                if (profile.size() > MAX_PROFILE_BYTES) {
                    throw new DataFormatException("iCCP profile larger than " + MAX_PROFILE_BYTES + " bytes");
                }
            }
            return Optional.of(profile.toByteArray());
        } finally {
            inflater.end();
        }
    }

    /** The profile's 'desc' tag: ICC v2 textDescriptionType or v4 multiLocalizedUnicodeType. */
    static String describe(ICC_Profile profile) {
        byte[] tag = profile.getData(ICC_Profile.icSigProfileDescriptionTag);
        String description = null;
        if (tag != null && tag.length >= 12) {
            ByteBuffer buffer = ByteBuffer.wrap(tag);
            String type = new String(tag, 0, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("desc")) {
                int count = buffer.getInt(8);
                int length = Math.max(0, Math.min(count, tag.length - 12));
                description = new String(tag, 12, length, StandardCharsets.ISO_8859_1);
            } else if (type.equals("mluc") && tag.length >= 28) {
                int length = buffer.getInt(20);
                int offset = buffer.getInt(24);
                if (offset >= 0 && length >= 0 && offset + (long) length <= tag.length) {
                    description = new String(tag, offset, length, StandardCharsets.UTF_16BE);
                }
            }
        }
        if (description != null) {
            description = description.replace("\0", "").strip();
        }
        return description == null || description.isEmpty() ? "embedded ICC profile" : description;
    }

    private static boolean startsWith(byte[] bytes, int offset, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
