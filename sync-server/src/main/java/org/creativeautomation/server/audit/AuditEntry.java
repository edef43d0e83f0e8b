package org.creativeautomation.server.audit;

import java.time.Instant;

/** One write: who (actor and token) did what (action on target) when, from where. */
public record AuditEntry(Instant at, String team, String actor, String tokenId, String action, String target,
                         String remoteAddress, String detail) {
}
