package org.creativeautomation.server.sync;

import com.fasterxml.jackson.databind.JsonNode;

/** The server's current row of an entity, as a conflict reports it. A tombstone has no payload. */
public record EntityState(String entity, String entityId, long version, boolean deleted, JsonNode payload) {
}
