package org.creativeautomation.engine.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 digests as lowercase hex, the names of blobs and the keys of jobs. */
public final class Sha256 {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    public static String hex(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The hash of several strings. Each part is prefixed with its length (a null part with -1), so
     * ("ab", "c") and ("a", "bc") give different keys.
     */
    public static String hexOf(String... parts) {
        MessageDigest digest = newDigest();
        for (String part : parts) {
            if (part == null) {
                digest.update(intBytes(-1));
            } else {
                byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
                digest.update(intBytes(utf8.length));
                digest.update(utf8);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether a string is a lowercase SHA-256 hex digest. */
    public static boolean isHex(String candidate) {
        return candidate != null && HEX.matcher(candidate).matches();
    }

    /** The string itself, or an IllegalArgumentException when it is no lowercase SHA-256 hex digest. */
    public static String requireHex(String candidate) {
        if (!isHex(candidate)) {
            throw new IllegalArgumentException("not a lowercase SHA-256 hex digest: " + candidate);
        }
        return candidate;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static byte[] intBytes(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
