package org.creativeautomation.server.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/** One entry of the change feed: the latest state of an entity at the sequence number that wrote it. */
public record Change(long seq, String entity, String entityId, long version, boolean deleted, JsonNode payload,
                     @JsonIgnore long changedAtMillis) {
}
