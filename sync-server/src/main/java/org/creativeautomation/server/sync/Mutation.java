package org.creativeautomation.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change a client asks for: put a new version of an entity or delete it, made on top of the
 * version the client last saw ({@code baseVersion}, 0 for a new entity). {@code id} is the client's
 * own number for it, unique per client id, which makes a retried push harmless.
 */
public record Mutation(long id, SyncEntity entity, String entityId, long baseVersion, Op op, ObjectNode payload) {

    public enum Op { PUT, DELETE }
}
