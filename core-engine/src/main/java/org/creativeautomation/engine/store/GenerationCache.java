package org.creativeautomation.engine.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Generated images by request key: a hit costs a lookup instead of a provider call. */
public final class GenerationCache {
    private final StudioDatabase database;
    private final BlobStore blobs;

    public GenerationCache(StudioDatabase database, BlobStore blobs) {
        this.database = database;
        this.blobs = blobs;
    }

    /** The entry for a key, only while its image is still in the blob store. */
    public Optional<CachedGeneration> find(String key) {
        Optional<CachedGeneration> entry = database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT key, provider, model, prompt, width, height, seed, blob_sha256 FROM generations WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<CachedGeneration>empty();
                    }
                    return Optional.of(new CachedGeneration(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getString(8)));
                }
            }
        });
        return entry.filter(e -> blobs.contains(e.blobSha256()));
    }

    /**
     * Stores the image and records the entry (replacing any older one for the key). Returns the entry
     * with the image's hash filled in.
     */
    public CachedGeneration put(CachedGeneration entry, byte[] imageBytes) throws IOException {
        String sha = blobs.put(imageBytes);
        if (entry.blobSha256() != null && !entry.blobSha256().equals(sha)) {
            throw new IllegalArgumentException("entry " + entry.key() + " names blob " + entry.blobSha256()
                    + " but its image hashes to " + sha);
        }
        CachedGeneration stored = entry.withBlob(sha);
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO generations "
                    + "(key, provider, model, prompt, width, height, seed, blob_sha256, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, stored.key());
                s.setString(2, stored.provider());
                s.setString(3, stored.model());
                s.setString(4, stored.prompt());
                s.setInt(5, stored.width());
                s.setInt(6, stored.height());
                s.setLong(7, stored.seed());
                s.setString(8, stored.blobSha256());
                s.setString(9, Instant.now().toString());
                return s.executeUpdate();
            }
        });
        return stored;
    }
}
