package org.creativeautomation.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.server.TestServer.push;
import static org.creativeautomation.server.TestServer.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.creativeautomation.engine.store.Sha256;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No team ever reads or writes another team's data, whatever ids or hashes it knows. */
class TeamBoundaryTest {
    @TempDir
    Path dir;
    TestServer t;
    String acme;
    String acmeAdmin;
    String globex;
    String globexAdmin;

    @BeforeEach
    void start() {
        t = TestServer.start(dir);
        acme = t.token("acme", "dana", Role.DESIGNER);
        acmeAdmin = t.token("acme", "ada", Role.ADMIN);
        globex = t.token("globex", "gus", Role.DESIGNER);
        globexAdmin = t.token("globex", "gina", Role.ADMIN);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void anotherTeamsPullNeverShowsTheseChanges() {
        t.postJson("/v1/sync/push", acme, push("c", put(1, "campaign", "secret", 0, Map.of("name", "Acme launch"))));

        Reply pull = t.get("/v1/sync/pull?since=0", globex);

        assertThat(pull.status()).isEqualTo(200);
        assertThat(pull.json().get("changes")).isEmpty();
        assertThat(pull.text()).doesNotContain("Acme launch");
    }

    @Test
    void theSameEntityIdInAnotherTeamIsAnotherEntity() {
        t.postJson("/v1/sync/push", acme, push("c", put(1, "campaign", "shared-id", 0, Map.of("owner", "acme"))));

        Reply theirs = t.postJson("/v1/sync/push", globex, push("c", put(1, "campaign", "shared-id", 0, Map.of("owner", "globex"))));

        assertThat(theirs.json().get("results").get(0).get("status").asText()).isEqualTo("applied");
        assertThat(t.rows("SELECT team, payload FROM sync_entities ORDER BY team")).containsExactly(
                List.of("acme", "{\"owner\":\"acme\"}"), List.of("globex", "{\"owner\":\"globex\"}"));
        assertThat(t.get("/v1/sync/pull", acme).json().get("changes").get(0).get("seq").asLong()).isEqualTo(1);
        assertThat(t.get("/v1/sync/pull", globex).json().get("changes").get(0).get("seq").asLong()).isEqualTo(1);
    }

    @Test
    void aBlobOfAnotherTeamCannotBeReadByItsHash() {
        byte[] bytes = "acme's hero".getBytes(StandardCharsets.UTF_8);
        String hash = Sha256.hex(bytes);
        assertThat(t.putBytes("/v1/blobs/" + hash, acme, bytes).status()).isEqualTo(201);

        assertThat(t.get("/v1/blobs/" + hash, globex).status()).isEqualTo(404);
        assertThat(t.postJson("/v1/blobs/missing", globex, Map.of("hashes", List.of(hash))).json().get("missing"))
                .extracting(n -> n.asText()).containsExactly(hash);
        assertThat(t.get("/v1/blobs/" + hash, acme).status()).isEqualTo(200);
    }

    @Test
    void anotherTeamGainsABlobOnlyByUploadingItsBytes() {
        byte[] bytes = "shared stock photo".getBytes(StandardCharsets.UTF_8);
        String hash = Sha256.hex(bytes);
        t.putBytes("/v1/blobs/" + hash, acme, bytes);

        assertThat(t.putBytes("/v1/blobs/" + hash, globex, "guess".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(t.get("/v1/blobs/" + hash, globex).status()).isEqualTo(404);
        assertThat(t.putBytes("/v1/blobs/" + hash, globex, bytes).status()).isEqualTo(201);
        assertThat(t.get("/v1/blobs/" + hash, globex).body()).isEqualTo(bytes);
    }

    @Test
    void anAdminCannotSeeOrRevokeAnotherTeamsTokens() {
        String acmeTokenId = t.rows("SELECT t.id FROM api_tokens t JOIN users u ON u.id = t.user_id "
                + "WHERE u.name = 'dana'").get(0).get(0);

        assertThat(t.delete("/v1/tokens/" + acmeTokenId, globexAdmin).status()).isEqualTo(404);
        assertThat(t.get("/v1/tokens", globexAdmin).text()).doesNotContain(acmeTokenId);
        assertThat(t.get("/v1/sync/pull", acme).status()).isEqualTo(200);
    }

    @Test
    void kitsPublishedToOneTeamAreNotListedForAnother() {
        byte[] archive = "kit archive".getBytes(StandardCharsets.UTF_8);
        String hash = Sha256.hex(archive);
        t.putBytes("/v1/blobs/" + hash, acmeAdmin, archive);
        assertThat(t.putJson("/v1/kits/acme-core", acmeAdmin, Map.of("name", "Acme", "version", "1.0", "archive", hash))
                .status()).isEqualTo(201);

        assertThat(t.get("/v1/kits", globex).json().get("kits")).isEmpty();
        assertThat(t.get("/v1/kits", acme).json().get("kits")).hasSize(1);
        Reply borrowed = t.putJson("/v1/kits/acme-core", globexAdmin, Map.of("name", "Acme", "version", "1.0", "archive", hash));
        assertThat(borrowed.status()).isEqualTo(400);
        assertThat(borrowed.json().get("field").asText()).isEqualTo("archive");
    }
}
