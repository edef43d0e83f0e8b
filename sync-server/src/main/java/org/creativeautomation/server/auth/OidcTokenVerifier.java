package org.creativeautomation.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies OIDC bearer JWTs: signature against the provider's JWKS (fetched and cached by Nimbus),
 * issuer, audience, expiry; then maps the subject, team and role claims to a principal. A token
 * without a known role or a team is refused rather than given a default.
 */
public final class OidcTokenVerifier implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(OidcTokenVerifier.class);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.PS256);

    private final OidcSettings settings;
    private final DefaultJWTProcessor<SecurityContext> processor;

    public OidcTokenVerifier(OidcSettings settings, Clock clock) {
        this(settings, remoteKeys(settings.jwksUrl()), clock);
    }

    OidcTokenVerifier(OidcSettings settings, JWKSource<SecurityContext> keys, Clock clock) {
        this.settings = settings;
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of("sub", "exp", settings.teamClaim(), settings.roleClaim())) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        processor.setJWTClaimsSetVerifier(claims);
    }

    private static JWKSource<SecurityContext> remoteKeys(String jwksUrl) {
        try {
            return JWKSourceBuilder.create(URI.create(jwksUrl).toURL()).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("oidc.jwksUrl is no URL: " + jwksUrl, e);
        }
    }

    @Override
    public Optional<Principal> authenticate(String bearer) {
        if (bearer == null || bearer.chars().filter(ch -> ch == '.').count() != 2) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(bearer, null);
            String team = claims.getStringClaim(settings.teamClaim());
            Optional<Role> role = Role.parse(claims.getStringClaim(settings.roleClaim()));
            if (team == null || team.isBlank() || role.isEmpty()) {
                return Optional.empty();
            }
            String subject = claims.getSubject();
            String name = Optional.ofNullable(claims.getStringClaim("preferred_username")).orElse(subject);
            return Optional.of(new Principal(subject, name, team, role.get(), null));
        } catch (ParseException | BadJOSEException e) {
            LOG.debug("Refused a bearer JWT: {}", e.getMessage());
            return Optional.empty();
        } catch (JOSEException e) {
            LOG.warn("Could not verify a bearer JWT against {}: {}", settings.jwksUrl(), e.getMessage());
            return Optional.empty();
        }
    }
}
