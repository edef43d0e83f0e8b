package org.creativeautomation.server.sync;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one mutation: applied (with its new version), duplicate (applied before; the version
 * it got then), conflict (the base version was stale; nothing written; the server's current row, null
 * when the entity does not exist) or rejected (not allowed; the reason).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MutationResult(long id, String status, Long version, EntityState current, String error) {
    public static final String APPLIED = "applied";
    public static final String DUPLICATE = "duplicate";
    public static final String CONFLICT = "conflict";
    public static final String REJECTED = "rejected";

    static MutationResult applied(long id, long version) {
        return new MutationResult(id, APPLIED, version, null, null);
    }

    static MutationResult duplicate(long id, long version) {
        return new MutationResult(id, DUPLICATE, version, null, null);
    }

    static MutationResult conflict(long id, EntityState current) {
        return new MutationResult(id, CONFLICT, current == null ? 0L : current.version(), current, null);
    }

    static MutationResult rejected(long id, String error) {
        return new MutationResult(id, REJECTED, null, null, error);
    }
}
