package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.document.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A campaign's output folder, held for one run: it exists and is writable, no other run writes into
 * it at the same time (a lock file), it does not hold another campaign's outputs, and temporary files
 * left by a killed run are cleared.
 */
final class OutputFolder implements AutoCloseable {
    static final String LOCK_NAME = ".studio-run.lock";
    private static final Logger LOG = LoggerFactory.getLogger(OutputFolder.class);

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Claims {@code dir} for a run of {@code campaign}, or explains in one line why it cannot. */
    static OutputFolder claim(Path dir, String campaign) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("--out " + dir + ": is a file, not a folder (expected a folder for the creatives)");
        }
        Optional<Manifest> existing = ManifestFile.read(dir);
        if (existing.isPresent() && !campaign.equals(existing.get().campaign())) {
            throw new InvalidInputException("--out " + dir + ": holds the outputs of campaign \""
                    + existing.get().campaign() + "\" (choose another folder for \"" + campaign + "\")");
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy(dir);
            }
            OutputFolder folder = new OutputFolder(dir, channel, lock);
            folder.clearTemporaryFiles();
            return folder;
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw busy(dir);
        } catch (IOException e) {
            close(channel);
            throw new InvalidInputException("--out " + dir + ": cannot write there (" + describe(e) + ")");
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    Path dir() {
        return dir;
    }

    /** Removes {@code .name.tmp-*} files a killed run left behind; they are never outputs. */
    private void clearTemporaryFiles() throws IOException {
        List<Path> leftovers;
        try (Stream<Path> files = Files.walk(dir)) {
            leftovers = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().contains(".tmp-"))
                    .toList();
        }
        for (Path p : leftovers) {
            Files.deleteIfExists(p);
        }
        if (!leftovers.isEmpty()) {
            LOG.info("Removed {} temporary files left by an interrupted run in {}", leftovers.size(), dir);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("Releasing the lock of {}: {}", dir, e.getMessage());
        }
        // The lock file stays: deleting it would let two later runs lock two different files.
        close(channel);
    }

    private static InvalidInputException busy(Path dir) {
        return new InvalidInputException("--out " + dir + ": another run is writing to this folder right now "
                + "(wait for it to finish, or choose another --out)");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing lock channel: {}", e.getMessage());
        }
    }
}
