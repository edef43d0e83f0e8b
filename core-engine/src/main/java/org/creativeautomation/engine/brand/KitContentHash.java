package org.creativeautomation.engine.brand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over every file of a kit folder: each file's path relative to the folder (with '/'), its
 * length and its bytes, in path order. Any edit, rename, added or removed file changes the hash,
 * and the same kit hashes the same on every machine and operating system, so outputs built with a
 * kit are reused exactly when the kit is unchanged.
 */
final class KitContentHash {

    String of(Path kitFolder) {
        MessageDigest digest = sha256();
        try (Stream<Path> walk = Files.walk(kitFolder)) {
            List<Path> entries = walk
                    .filter(p -> !p.equals(kitFolder))
                    .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted((a, b) -> relative(kitFolder, a).compareTo(relative(kitFolder, b)))
                    .toList();
            byte[] buffer = new byte[64 * 1024];
            for (Path entry : entries) {
                digest.update(relative(kitFolder, entry).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (Files.isSymbolicLink(entry)) {
                    // A link is hashed as where it points; its target, if inside the kit, is hashed on its own.
                    digest.update((byte) 'L');
                    digest.update(Files.readSymbolicLink(entry).toString().getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                digest.update((byte) 'F');
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(entry)).array());
                try (InputStream in = Files.newInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files of brand kit " + kitFolder, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
