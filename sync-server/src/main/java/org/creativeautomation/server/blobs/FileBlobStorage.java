package org.creativeautomation.server.blobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.creativeautomation.engine.store.AtomicFiles;
import org.creativeautomation.engine.store.BlobStore;

/**
 * Blobs in a folder, laid out like the studio's own blob store ({@code sha256/ab/cd/<hash>}) and
 * written atomically, so a blob that exists is whole.
 */
public final class FileBlobStorage implements BlobStorage {
    private final BlobStore layout;

    public FileBlobStorage(Path root) {
        this.layout = new BlobStore(root);
    }

    @Override
    public boolean contains(String sha256) {
        return layout.contains(sha256);
    }

    @Override
    public void put(String sha256, Path verifiedFile, long size) throws IOException {
        Path target = layout.pathOf(sha256);
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return;
        }
        AtomicFiles.write(target, out -> Files.copy(verifiedFile, out));
    }

    @Override
    public Optional<StoredBlob> open(String sha256) throws IOException {
        Path path = layout.pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.of(new StoredBlob(Files.newInputStream(path), Files.size(path)));
    }
}
