package org.creativeautomation.server.blobs;

import io.javalin.http.ContentTooLargeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An upload written to a temp file while it is hashed and counted, so that nothing reaches the blob
 * store before its hash is known to match. Deleted on close.
 */
final class SpooledUpload implements AutoCloseable {
    private final Path file;
    private final String sha256;
    private final long size;

    private SpooledUpload(Path file, String sha256, long size) {
        this.file = file;
        this.sha256 = sha256;
        this.size = size;
    }

    /** Reads the stream to its end into a temp file in {@code folder}; 413 past {@code maxBytes}. */
    static SpooledUpload receive(InputStream in, Path folder, long maxBytes) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "upload-", ".part");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ContentTooLargeResponse("the blob is larger than the limit of " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new SpooledUpload(file, HexFormat.of().formatHex(digest.digest()), total);
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(file);
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * Deletes uploads left behind by a server that died mid-upload. Only files older than the cut-off
     * go, so an upload in progress on another server sharing the folder is left alone.
     */
    static int sweep(Path folder, Instant olderThan) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.newDirectoryStream(folder, "upload-*.part")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(olderThan) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    Path file() {
        return file;
    }

    String sha256() {
        return sha256;
    }

    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
