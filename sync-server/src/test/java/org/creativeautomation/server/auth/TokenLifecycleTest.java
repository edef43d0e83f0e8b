package org.creativeautomation.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenLifecycleTest {
    @TempDir
    Path dir;
    TestServer t;
    String admin;

    @BeforeEach
    void start() {
        t = TestServer.start(dir);
        admin = t.token("acme", "ada", Role.ADMIN);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void aTokenStopsWorkingWhenItExpires() {
        NewToken token = t.server.tokens().create("acme", "dana", Role.DESIGNER, Duration.ofDays(1), "test", "test");
        assertThat(t.get("/v1/sync/pull", token.secret()).status()).isEqualTo(200);

        t.clock.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(t.get("/v1/sync/pull", token.secret()).status()).isEqualTo(200);
        t.clock.advance(Duration.ofSeconds(1));
        assertThat(t.get("/v1/sync/pull", token.secret()).status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        Reply created = t.postJson("/v1/tokens", admin, Map.of("name", "dana", "role", "designer"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("token").asText();
        String id = created.json().get("id").asText();
        assertThat(t.get("/v1/sync/pull", secret).status()).isEqualTo(200);

        assertThat(t.delete("/v1/tokens/" + id, admin).status()).isEqualTo(204);

        assertThat(t.get("/v1/sync/pull", secret).status()).isEqualTo(401);
        assertThat(t.delete("/v1/tokens/" + id, admin).status()).isEqualTo(404);
        assertThat(t.get("/v1/tokens", admin).json().get("tokens").findValues("revokedAt"))
                .filteredOn(v -> !v.isNull()).hasSize(1);
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        String secret = t.token("acme", "dana", Role.DESIGNER);

        List<List<String>> rows = t.rows("SELECT id, user_id, token_hash FROM api_tokens");

        assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContain(secret));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(2)).isEqualTo(ApiTokens.hash(secret)));
        assertThat(t.rows("SELECT detail FROM audit_log").toString()).doesNotContain(secret);
        assertThat(t.get("/v1/tokens", admin).text()).doesNotContain(secret).doesNotContain(ApiTokens.hash(secret));
    }

    @Test
    void tokensAreLongRandomAndDistinct() {
        String a = t.token("acme", "a", Role.DESIGNER);
        String b = t.token("acme", "b", Role.DESIGNER);

        assertThat(a).startsWith("cas_").hasSize(4 + 43).isNotEqualTo(b);
    }

    @Test
    void aNewTokenForAnExistingUserTakesTheNewRole() {
        String old = t.token("acme", "dana", Role.DESIGNER);
        String promoted = t.token("acme", "dana", Role.LEAD);
        Map<String, Object> approval = Map.of("entityId", "ap-1", "payload", Map.of("decision", "approved"));

        assertThat(t.postJson("/v1/approvals", promoted, approval).status()).isEqualTo(201);
        assertThat(t.rows("SELECT COUNT(*) FROM users WHERE name = 'dana'")).containsExactly(List.of("1"));
        assertThat(t.postJson("/v1/approvals", old, approval).status()).isEqualTo(200);
    }

    @Test
    void tokenCreationNamesTheBadField() {
        Reply badRole = t.postJson("/v1/tokens", admin, Map.of("name", "x", "role", "owner"));
        Reply badName = t.postJson("/v1/tokens", admin, Map.of("name", "../x", "role", "designer"));
        Reply badExpiry = t.postJson("/v1/tokens", admin, Map.of("name", "x", "role", "designer", "expiresInDays", 0));

        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("field").asText()).isEqualTo("role");
        assertThat(badName.json().get("field").asText()).isEqualTo("name");
        assertThat(badExpiry.json().get("field").asText()).isEqualTo("expiresInDays");
    }
}
