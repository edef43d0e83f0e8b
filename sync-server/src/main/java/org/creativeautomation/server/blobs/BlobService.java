package org.creativeautomation.server.blobs;

import io.javalin.http.ContentTooLargeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creativeautomation.server.audit.AuditEntry;
import org.creativeautomation.server.audit.AuditLog;
import org.creativeautomation.server.auth.Principal;
import org.creativeautomation.server.http.InvalidInputException;
import org.creativeautomation.server.metrics.ServerMetrics;
import org.creativeautomation.server.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content-addressed blobs with a team boundary. The bytes are stored once whatever the team, but a
 * team sees a blob only after one of its members uploaded it: knowing a hash is not enough to read
 * another team's file, since every upload is hashed in full before the team is granted the blob.
 */
public final class BlobService {
    private static final Logger LOG = LoggerFactory.getLogger(BlobService.class);

    /** What an upload did. */
    public enum Outcome { CREATED, ALREADY_PRESENT }

    private final Database database;
    private final BlobStorage storage;
    private final AuditLog audit;
    private final Clock clock;
    private final Path spoolFolder;
    private final long maxBytes;
    private final ServerMetrics metrics;

    public BlobService(Database database, BlobStorage storage, AuditLog audit, Clock clock, Path spoolFolder,
                       long maxBytes, ServerMetrics metrics) {
        this.database = database;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
        this.spoolFolder = spoolFolder;
        this.maxBytes = maxBytes;
        this.metrics = metrics;
    }

    /** Removes partial uploads older than a day, which only a crashed server leaves behind. */
    public void sweepSpool() {
        try {
            int deleted = SpooledUpload.sweep(spoolFolder, clock.instant().minus(java.time.Duration.ofDays(1)));
            if (deleted > 0) {
                LOG.info("Deleted {} partial uploads left in {}", deleted, spoolFolder);
            }
        } catch (IOException e) {
            LOG.warn("Could not clean the upload spool {}: {}", spoolFolder, e.getMessage());
        }
    }

    /** The hashes, of those asked, that the team does not hold yet, in the order asked. */
    public List<String> missing(Principal principal, List<String> hashes) {
        Set<String> held = database.read(c -> {
            Set<String> found = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM team_blobs WHERE team = ? AND sha256 = ?")) {
                for (String hash : new LinkedHashSet<>(hashes)) {
                    s.setString(1, principal.team());
                    s.setString(2, hash);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            found.add(hash);
                        }
                    }
                }
            }
            return found;
        });
        List<String> missing = new ArrayList<>();
        for (String hash : new LinkedHashSet<>(hashes)) {
            if (!held.contains(hash)) {
                missing.add(hash);
            }
        }
        return missing;
    }

    public boolean teamHolds(String team, String sha256) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM team_blobs WHERE team = ? AND sha256 = ?")) {
                s.setString(1, team);
                s.setString(2, sha256);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Receives a blob. Create-only: a blob the team holds is never rewritten (its body is not even
     * read). The body is hashed in full before anything is stored; a mismatch stores nothing.
     */
    public Outcome put(Principal principal, String sha256, InputStream body, long declaredLength, String from)
            throws IOException {
        if (teamHolds(principal.team(), sha256)) {
            return Outcome.ALREADY_PRESENT;
        }
        if (declaredLength > maxBytes) {
            throw new ContentTooLargeResponse("the blob is larger than the limit of " + maxBytes + " bytes");
        }
        try (SpooledUpload upload = SpooledUpload.receive(body, spoolFolder, maxBytes)) {
            metrics.blobBytes.add(upload.size(), "in");
            if (!upload.sha256().equals(sha256)) {
                throw new InvalidInputException("sha256", "the body hashes to " + upload.sha256()
                        + ", not to the sha256 in the path; nothing was stored");
            }
            storage.put(sha256, upload.file(), upload.size());
            Instant now = clock.instant();
            database.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO team_blobs "
                        + "(team, sha256, size, created_at, created_by) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (team, sha256) DO NOTHING")) {
                    s.setString(1, principal.team());
                    s.setString(2, sha256);
                    s.setLong(3, upload.size());
                    s.setLong(4, now.toEpochMilli());
                    s.setString(5, principal.userId());
                    s.executeUpdate();
                }
                audit.record(c, new AuditEntry(now, principal.team(), principal.actor(), principal.tokenId(),
                        "blob.put", sha256, from, upload.size() + " bytes"));
                return null;
            });
            return Outcome.CREATED;
        }
    }

    /** The blob's bytes when the team holds it; empty otherwise, whether or not another team does. */
    public Optional<BlobStorage.StoredBlob> open(Principal principal, String sha256) throws IOException {
        if (!teamHolds(principal.team(), sha256)) {
            return Optional.empty();
        }
        Optional<BlobStorage.StoredBlob> blob = storage.open(sha256);
        if (blob.isEmpty()) {
            LOG.warn("Blob {} is recorded for team {} but missing from the blob store", sha256, principal.team());
        }
        return blob;
    }
}
