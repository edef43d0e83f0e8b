package org.creativeautomation.server.auth;

/**
 * Sign-in through an OpenID Connect provider: bearer JWTs signed by a key of {@code jwksUrl}, from
 * {@code issuer}, for {@code audience}. The team and role come from the named claims.
 */
public record OidcSettings(String issuer, String audience, String jwksUrl, String teamClaim, String roleClaim) {
    public OidcSettings {
        if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()
                || jwksUrl == null || jwksUrl.isBlank()) {
            throw new IllegalArgumentException("oidc.issuer, oidc.audience and oidc.jwksUrl are needed together");
        }
        teamClaim = teamClaim == null || teamClaim.isBlank() ? "team" : teamClaim;
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "role" : roleClaim;
    }
}
