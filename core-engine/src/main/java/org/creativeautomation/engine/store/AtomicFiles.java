package org.creativeautomation.engine.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers, and a process killed halfway, only ever see the old content or the
 * new content: the bytes go to a hidden temp file beside the target, are flushed to disk, and the
 * temp file is then renamed over the target in one step.
 */
public final class AtomicFiles {

    /** Produces a file's content. */
    @FunctionalInterface
    public interface OutputWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, OutputWriter writer) throws IOException {
        write(target, writer, null);
    }

    /**
     * Writes a file that only the given permissions allow to read (e.g. owner-only for files that
     * hold secrets). The temp file has them from its creation, so the content is never readable by
     * others, not even for a moment; on file systems without POSIX permissions they are not applied.
     */
    public static void write(Path target, byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
        write(target, out -> out.write(bytes), Objects.requireNonNull(permissions, "permissions"));
    }

    /**
     * Creates the file with the bytes unless it already exists, in one step: two processes creating
     * it at once never both succeed, and a reader never sees it half written.
     *
     * @return false when the file already existed (it is left as it was)
     */
    public static boolean createNew(Path target, byte[] bytes, Set<PosixFilePermission> permissions)
            throws IOException {
        Path folder = parentOf(target);
        Files.createDirectories(folder);
        Path temp = createTempSibling(folder, target.getFileName().toString(), permissions);
        try {
            fill(temp, out -> out.write(bytes));
            try {
                // A hard link fails when the target exists, where a rename would replace it.
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                if (noLinks instanceof FileAlreadyExistsException) {
                    return false;
                }
                Files.move(temp, target);
            }
            syncFolder(folder);
            return true;
        } catch (FileAlreadyExistsException exists) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void write(Path target, OutputWriter writer, Set<PosixFilePermission> permissions)
            throws IOException {
        Path folder = parentOf(target);
        Files.createDirectories(folder);
        Path temp = createTempSibling(folder, target.getFileName().toString(), permissions);
        try {
            fill(temp, writer);
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /** Writes the content to the empty temp file and flushes it to disk. */
    private static void fill(Path temp, OutputWriter writer) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            // Not closed separately: closing the channel below would close it anyway, and the
            // channel must stay open for force().
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            writer.writeTo(new NonClosingOutputStream(out));
            out.flush();
            channel.force(true);
        }
    }

    static Path createTempSibling(Path folder, String name) throws IOException {
        return createTempSibling(folder, name, null);
    }

    /**
     * Creates an empty hidden file {@code .<name>.tmp-<random>} in {@code folder}, with the given
     * permissions where the file system has them (null for the default). Rename is only atomic
     * within one file system, hence a sibling rather than a file under /tmp.
     */
    static Path createTempSibling(Path folder, String name, Set<PosixFilePermission> permissions)
            throws IOException {
        boolean posix = permissions != null
                && folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
            Path temp = folder.resolve("." + name + ".tmp-" + suffix);
            try {
                return posix ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(permissions))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException clash) {
                if (attempt >= 10) {
                    throw clash;
                }
            }
        }
    }

    /** Renames a fully written and synced temp file over the target, then syncs the folder entry. */
    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + target + " atomically on this file system", e);
        }
        syncFolder(parentOf(target));
    }

    static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    static Path parentOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null) {
            throw new IllegalArgumentException("not a file path: " + target);
        }
        return parent;
    }

    /**
     * Makes the rename itself durable. Linux allows opening a folder to fsync it; other systems refuse,
     * and there the rename is as durable as the OS makes it.
     */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Best effort, see above.
        }
    }

    /** Keeps a writer from closing the stream before we flush and fsync it. */
    private static final class NonClosingOutputStream extends OutputStream {
        private final OutputStream out;

        NonClosingOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
