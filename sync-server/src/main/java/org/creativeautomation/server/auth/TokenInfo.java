package org.creativeautomation.server.auth;

import java.time.Instant;

/** A stored token as an admin sees it: never its secret. */
public record TokenInfo(String id, String userName, String team, Role role, Instant createdAt, Instant expiresAt,
                        Instant revokedAt) {
}
