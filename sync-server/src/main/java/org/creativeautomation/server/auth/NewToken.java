package org.creativeautomation.server.auth;

import java.time.Instant;

/** A token just created: {@code secret} is shown once and never stored. */
public record NewToken(String id, String secret, Principal principal, Instant expiresAt) {
    @Override
    public String toString() {
        return "NewToken[id=" + id + ", principal=" + principal + ", expiresAt=" + expiresAt + "]"; // no secret
    }
}
