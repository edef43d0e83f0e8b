package org.creativeautomation.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creativeautomation.server.audit.AuditEntry;
import org.creativeautomation.server.audit.AuditLog;
import org.creativeautomation.server.auth.Principal;
import org.creativeautomation.server.events.ChangeNotifier;
import org.creativeautomation.server.metrics.ServerMetrics;
import org.creativeautomation.server.store.Database;

/**
 * Push and pull. A push is one transaction that first takes the team's sequence lock, so it sees
 * every earlier push of the team and none that commits later; each mutation is then checked on its
 * own (idempotency, role, optimistic version) and either written with the next sequence number or
 * answered without writing anything.
 */
public final class SyncService {
    private final Database database;
    private final ChangeSequence sequence;
    private final AuditLog audit;
    private final ChangeNotifier notifier;
    private final ObjectMapper json;
    private final Clock clock;
    private final ServerMetrics metrics;

    public SyncService(Database database, ChangeSequence sequence, AuditLog audit, ChangeNotifier notifier,
                       ObjectMapper json, Clock clock, ServerMetrics metrics) {
        this.database = database;
        this.sequence = sequence;
        this.audit = audit;
        this.notifier = notifier;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    public List<MutationResult> push(Principal principal, PushRequest request, String from) {
        Instant now = clock.instant();
        List<MutationResult> results = database.inTransaction(c -> {
            sequence.lock(c, principal.team());
            List<MutationResult> out = new ArrayList<>();
            for (Mutation mutation : request.mutations()) {
                out.add(apply(c, principal, request.clientId(), mutation, now, from));
            }
            return out;
        });
        results.forEach(r -> metrics.mutations.add(1, r.status()));
        if (results.stream().anyMatch(r -> MutationResult.APPLIED.equals(r.status()))) {
            notifier.changed(principal.team());
        }
        return results;
    }

    private MutationResult apply(Connection c, Principal principal, String clientId, Mutation m, Instant now,
                                 String from) throws SQLException {
        String team = principal.team();
        Optional<Long> earlier = appliedBefore(c, team, clientId, m.id());
        if (earlier.isPresent()) {
            return MutationResult.duplicate(m.id(), earlier.get());
        }
        if (!m.entity().pushable()) {
            return MutationResult.rejected(m.id(), m.entity().wireName() + " is published by an admin through "
                    + "PUT /v1/kits/{kitId}, not pushed");
        }
        if (!m.entity().writableBy(principal.role())) {
            return MutationResult.rejected(m.id(), "a " + principal.role().wireName() + " may not write "
                    + m.entity().wireName() + " (leads and admins record approvals)");
        }
        Optional<EntityState> current = load(c, team, m.entity().wireName(), m.entityId());
        long version;
        ObjectNode payload = m.payload();
        if (m.entity().appendOnly()) {
            if (m.op() == Mutation.Op.DELETE) {
                return MutationResult.rejected(m.id(), m.entity().wireName() + " events are append-only: "
                        + "they cannot be deleted");
            }
            if (current.isPresent()) {
                return MutationResult.duplicate(m.id(), current.get().version());
            }
            version = 1;
            payload = stamped(payload, principal, now);
        } else {
            long currentVersion = current.map(EntityState::version).orElse(0L);
            if (m.baseVersion() != currentVersion || (m.op() == Mutation.Op.DELETE && current.isEmpty())) {
                return MutationResult.conflict(m.id(), current.orElse(null));
            }
            version = currentVersion + 1;
        }
        write(c, principal, m.entity(), m.entityId(), version, m.op() == Mutation.Op.DELETE ? null : payload, now);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_mutations "
                + "(team, client_id, mutation_id, entity, entity_id, version, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, team);
            s.setString(2, clientId);
            s.setLong(3, m.id());
            s.setString(4, m.entity().wireName());
            s.setString(5, m.entityId());
            s.setLong(6, version);
            s.setLong(7, now.toEpochMilli());
            s.executeUpdate();
        }
        audit.record(c, new AuditEntry(now, team, principal.actor(), principal.tokenId(),
                "sync." + (m.op() == Mutation.Op.DELETE ? "delete" : "put"),
                m.entity().wireName() + "/" + m.entityId(), from,
                "version " + version + " from client " + clientId + " mutation " + m.id()));
        return MutationResult.applied(m.id(), version);
    }

    /** An approval carries who recorded it and when, as the server saw it, whatever the client claimed. */
    private static ObjectNode stamped(ObjectNode payload, Principal principal, Instant now) {
        ObjectNode copy = payload.deepCopy();
        copy.put("recordedBy", principal.name());
        copy.put("recordedRole", principal.role().wireName());
        copy.put("recordedAt", now.toString());
        return copy;
    }

    /**
     * Appends an approval event outside a push. Answers applied with version 1, or duplicate when an
     * event with this id exists (events never conflict).
     */
    public MutationResult recordApproval(Principal principal, String eventId, ObjectNode payload, String from) {
        Instant now = clock.instant();
        MutationResult result = database.inTransaction(c -> {
            sequence.lock(c, principal.team());
            if (load(c, principal.team(), SyncEntity.APPROVAL.wireName(), eventId).isPresent()) {
                return MutationResult.duplicate(0, 1);
            }
            write(c, principal, SyncEntity.APPROVAL, eventId, 1, stamped(payload, principal, now), now);
            audit.record(c, new AuditEntry(now, principal.team(), principal.actor(), principal.tokenId(),
                    "approval.record", SyncEntity.APPROVAL.wireName() + "/" + eventId, from,
                    payload.path("decision").asText()));
            return MutationResult.applied(0, 1);
        });
        if (MutationResult.APPLIED.equals(result.status())) {
            notifier.changed(principal.team());
        }
        return result;
    }

    /** Publishes a new version of a brand kit to the team; the last publish wins. Returns the version. */
    public long publishKit(Principal principal, String kitId, ObjectNode payload, String from) {
        Instant now = clock.instant();
        long version = database.inTransaction(c -> {
            sequence.lock(c, principal.team());
            long next = load(c, principal.team(), SyncEntity.BRAND_KIT.wireName(), kitId)
                    .map(EntityState::version).orElse(0L) + 1;
            ObjectNode stamped = payload.deepCopy();
            stamped.put("publishedBy", principal.name());
            stamped.put("publishedAt", now.toString());
            write(c, principal, SyncEntity.BRAND_KIT, kitId, next, stamped, now);
            audit.record(c, new AuditEntry(now, principal.team(), principal.actor(), principal.tokenId(),
                    "kit.publish", SyncEntity.BRAND_KIT.wireName() + "/" + kitId, from,
                    "version " + next + " archive " + payload.path("archive").asText()));
            return next;
        });
        notifier.changed(principal.team());
        return version;
    }

    /** The team's current brand kits (not deleted), by id. */
    public List<EntityState> kits(Principal principal) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT entity, entity_id, version, deleted, payload "
                    + "FROM sync_entities WHERE team = ? AND entity = ? AND deleted = 0 ORDER BY entity_id")) {
                s.setString(1, principal.team());
                s.setString(2, SyncEntity.BRAND_KIT.wireName());
                try (ResultSet rs = s.executeQuery()) {
                    List<EntityState> kits = new ArrayList<>();
                    while (rs.next()) {
                        kits.add(state(rs));
                    }
                    return kits;
                }
            }
        });
    }

    public ChangePage pull(Principal principal, long since, int limit) {
        List<Change> changes = database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT seq, entity, entity_id, version, deleted, payload, "
                    + "changed_at FROM sync_entities WHERE team = ? AND seq > ? ORDER BY seq LIMIT ?")) {
                s.setString(1, principal.team());
                s.setLong(2, since);
                s.setInt(3, limit + 1);
                try (ResultSet rs = s.executeQuery()) {
                    List<Change> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getInt(5) != 0, parse(rs.getString(6)), rs.getLong(7)));
                    }
                    return out;
                }
            }
        });
        boolean hasMore = changes.size() > limit;
        List<Change> page = hasMore ? changes.subList(0, limit) : changes;
        long cursor = page.isEmpty() ? since : page.get(page.size() - 1).seq();
        if (!page.isEmpty()) {
            long oldest = page.stream().mapToLong(Change::changedAtMillis).min().orElseThrow();
            metrics.syncLagSeconds.observe(Math.max(0, clock.millis() - oldest) / 1000.0);
            metrics.changesPulled.add(page.size());
        }
        return new ChangePage(List.copyOf(page), cursor, hasMore);
    }

    private void write(Connection c, Principal principal, SyncEntity entity, String entityId, long version,
                       ObjectNode payload, Instant now) throws SQLException {
        long seq = sequence.next(c, principal.team());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_entities "
                + "(team, entity, entity_id, version, deleted, payload, seq, changed_at, changed_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team, entity, entity_id) DO UPDATE SET "
                + "version = excluded.version, deleted = excluded.deleted, payload = excluded.payload, "
                + "seq = excluded.seq, changed_at = excluded.changed_at, changed_by = excluded.changed_by")) {
            s.setString(1, principal.team());
            s.setString(2, entity.wireName());
            s.setString(3, entityId);
            s.setLong(4, version);
            s.setInt(5, payload == null ? 1 : 0);
            s.setString(6, payload == null ? null : text(payload));
            s.setLong(7, seq);
            s.setLong(8, now.toEpochMilli());
            s.setString(9, principal.userId());
            s.executeUpdate();
        }
    }

    private static Optional<Long> appliedBefore(Connection c, String team, String clientId, long mutationId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT version FROM sync_mutations WHERE team = ? AND client_id = ? AND mutation_id = ?")) {
            s.setString(1, team);
            s.setString(2, clientId);
            s.setLong(3, mutationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private Optional<EntityState> load(Connection c, String team, String entity, String entityId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT entity, entity_id, version, deleted, payload "
                + "FROM sync_entities WHERE team = ? AND entity = ? AND entity_id = ?")) {
            s.setString(1, team);
            s.setString(2, entity);
            s.setString(3, entityId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(state(rs)) : Optional.empty();
            }
        }
    }

    private EntityState state(ResultSet rs) throws SQLException {
        return new EntityState(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4) != 0,
                parse(rs.getString(5)));
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored payload is no JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String text(ObjectNode payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed payload could not be written back", e);
        }
    }
}
