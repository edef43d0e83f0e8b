package org.creativeautomation.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.creativeautomation.server.MutableClock;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.blobs.FileBlobStorage;
import org.creativeautomation.server.http.Limits;
import org.creativeautomation.server.store.Database;
import org.creativeautomation.server.store.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer JWTs from an OIDC provider, verified against its JWKS served over real HTTP. */
class OidcSignInTest {
    private static final String ISSUER = "https://login.example.test/";
    private static final String AUDIENCE = "studio-sync";

    static RSAKey key;
    static RSAKey strangerKey;
    static HttpServer jwks;

    @TempDir
    Path dir;
    TestServer t;

    @BeforeAll
    static void provider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        strangerKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
    }

    @AfterAll
    static void stopProvider() {
        jwks.stop(0);
    }

    @BeforeEach
    void start() {
        MutableClock clock = new MutableClock(Instant.now());
        OidcSettings settings = new OidcSettings(ISSUER, AUDIENCE,
                "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json", "team", "role");
        Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + dir.resolve("server.db"), null, null, 2));
        t = TestServer.start(dir, Limits.DEFAULTS, clock, database, new FileBlobStorage(dir.resolve("blobs")),
                List.of(new OidcTokenVerifier(settings, clock)));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private String jwt(RSAKey signer, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = t.clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("u-42")
                .claim("preferred_username", "lena").claim("team", "acme").claim("role", "lead")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
        change.accept(claims);
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims.build());
        token.sign(new RSASSASigner(signer));
        return token.serialize();
    }

    private static final Map<String, Object> APPROVAL = Map.of("entityId", "ap-1", "payload", Map.of("decision", "approved"));

    @Test
    void aValidJwtSignsInWithItsTeamAndRole() throws Exception {
        String token = jwt(key, c -> { });

        assertThat(t.postJson("/v1/approvals", token, APPROVAL).status()).isEqualTo(201);
        assertThat(t.rows("SELECT team, actor, token_id FROM audit_log")).containsExactly(
                java.util.Arrays.asList("acme", "lena (lead)", null));
        assertThat(t.get("/v1/sync/pull", t.token("acme", "dana", Role.DESIGNER)).json().get("changes")).hasSize(1);
    }

    @Test
    void theRoleClaimDecidesWhatTheJwtMayDo() throws Exception {
        assertThat(t.postJson("/v1/approvals", jwt(key, c -> c.claim("role", "designer")), APPROVAL).status()).isEqualTo(403);
    }

    @Test
    void aJwtForAnotherAudienceIssuerOrKeyIsRefused() throws Exception {
        assertThat(t.get("/v1/sync/pull", jwt(key, c -> c.audience("another-app"))).status()).isEqualTo(401);
        assertThat(t.get("/v1/sync/pull", jwt(key, c -> c.issuer("https://evil.example.test/"))).status()).isEqualTo(401);
        assertThat(t.get("/v1/sync/pull", jwt(strangerKey, c -> { })).status()).isEqualTo(401);
    }

    @Test
    void aJwtWithoutATeamOrWithAnUnknownRoleIsRefused() throws Exception {
        assertThat(t.get("/v1/sync/pull", jwt(key, c -> c.claim("team", null))).status()).isEqualTo(401);
        assertThat(t.get("/v1/sync/pull", jwt(key, c -> c.claim("role", "owner"))).status()).isEqualTo(401);
    }

    @Test
    void anExpiredJwtIsRefused() throws Exception {
        String token = jwt(key, c -> { });
        assertThat(t.get("/v1/sync/pull", token).status()).isEqualTo(200);

        t.clock.advance(Duration.ofMinutes(20));

        assertThat(t.get("/v1/sync/pull", token).status()).isEqualTo(401);
    }
}
