package org.creativeautomation.engine.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Content-addressed storage: every blob lives once at {@code root/sha256/ab/cd/<hash>}, named by the
 * SHA-256 of its bytes. Two folder levels keep any one folder small. Blobs are written atomically,
 * so a blob that exists is whole.
 */
public final class BlobStore {
    private final Path root;

    public BlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Stores the bytes unless an intact copy is already present (a damaged one is replaced); returns their hash. */
    public String put(byte[] bytes) throws IOException {
        return put(bytes, Sha256.hex(bytes));
    }

    /** As {@link #put(byte[])}, for a caller that has just hashed these very bytes itself. */
    public String put(byte[] bytes, String sha) throws IOException {
        Path target = pathOf(sha);
        if (!Files.isRegularFile(target) || !intact(target, sha, bytes.length)) {
            AtomicFiles.write(target, bytes);
        }
        return sha;
    }

    private static boolean intact(Path file, String sha, long size) throws IOException {
        return Files.size(file) == size && Sha256.hex(file).equals(sha);
    }

    /** Streams a file into the store without holding it in memory; returns its hash. */
    public String putFile(Path file) throws IOException {
        Path incoming = root.resolve("sha256");
        Files.createDirectories(incoming);
        Path temp = AtomicFiles.createTempSibling(incoming, "incoming");
        try {
            MessageDigest digest = Sha256.newDigest();
            try (InputStream in = Files.newInputStream(file);
                 FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest);
                in.transferTo(out);
                out.flush();
                channel.force(true);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha);
            if (Files.isRegularFile(target)) {
                Files.delete(temp);
            } else {
                Files.createDirectories(target.getParent());
                AtomicFiles.moveIntoPlace(temp, target);
            }
            return sha;
        } catch (IOException | RuntimeException | Error e) {
            AtomicFiles.deleteQuietly(temp, e);
            throw e;
        }
    }

    /** Where the blob with this hash lives (or would live). */
    public Path pathOf(String sha256) {
        String sha = Sha256.requireHex(sha256);
        return root.resolve("sha256").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /**
     * The blob's bytes, checked against its name: a blob damaged on disk raises an IOException rather
     * than feeding wrong pixels downstream.
     */
    public byte[] read(String sha256) throws IOException {
        Path path = pathOf(sha256);
        byte[] bytes = Files.readAllBytes(path);
        String actual = Sha256.hex(bytes);
        if (!actual.equals(sha256)) {
            throw new IOException("blob " + path + " is damaged: its content hashes to " + actual);
        }
        return bytes;
    }
}
