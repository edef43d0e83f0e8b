package org.creativeautomation.server.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where blob bytes live, named only by their SHA-256. Implementations never see a path or key from a
 * client: the hash is checked to be 64 lowercase hex digits before it gets here.
 */
public interface BlobStorage {
    boolean contains(String sha256) throws IOException;

    /** Stores a file whose bytes were verified to hash to sha256; keeps an existing copy. */
    void put(String sha256, Path verifiedFile, long size) throws IOException;

    /** The blob's bytes and size, or empty when it is not stored. */
    Optional<StoredBlob> open(String sha256) throws IOException;

    /** A stored blob being read; the caller closes the stream. */
    record StoredBlob(InputStream content, long size) {
    }
}
