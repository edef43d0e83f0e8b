package org.creativeautomation.server.auth;

/**
 * Who a request acts for: a user of one team with one role. {@code tokenId} names the API token used
 * (null for an OIDC bearer JWT), so the audit log can tell which credential wrote what.
 */
public record Principal(String userId, String name, String team, Role role, String tokenId) {

    /** How the audit log names this principal. */
    public String actor() {
        return name + " (" + role.wireName() + ")";
    }

    /** The key rate limits are counted under: one bucket per credential. */
    public String rateLimitKey() {
        return tokenId != null ? "token:" + tokenId : "user:" + team + "/" + userId;
    }
}
