package org.creativeautomation.engine.generate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields. Strings are written with their UTF-8 length first, so that
 * ("ab", "c") and ("a", "bc") never hash alike; numbers are written at fixed width.
 */
final class LengthPrefixedDigest {
    private final MessageDigest sha256;

    LengthPrefixedDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    LengthPrefixedDigest add(String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        add(bytes.length);
        sha256.update(bytes);
        return this;
    }

    LengthPrefixedDigest add(int field) {
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(field).array());
        return this;
    }

    LengthPrefixedDigest add(long field) {
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(field).array());
        return this;
    }

    /** The digest as 64 lower-case hex digits. Ends this digest. */
    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The first 8 bytes of the digest, big-endian. Ends this digest. */
    long firstLong() {
        return ByteBuffer.wrap(sha256.digest()).getLong();
    }
}
