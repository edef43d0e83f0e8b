package org.creativeautomation.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.server.TestServer.push;
import static org.creativeautomation.server.TestServer.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.creativeautomation.engine.store.Sha256;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.auth.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write leaves a row: who, what, when, from where; reads and refused writes leave none. */
class AuditLogTest {
    private static final String AUDIT = "SELECT at, team, actor, token_id, action, target, remote_addr, detail "
            + "FROM audit_log WHERE action <> 'token.create' ORDER BY id";

    @TempDir
    Path dir;
    TestServer t;
    String designer;
    String designerTokenId;

    @BeforeEach
    void start() {
        t = TestServer.start(dir);
        designer = t.token("acme", "dana", Role.DESIGNER);
        designerTokenId = t.rows("SELECT id FROM api_tokens").get(0).get(0);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void anAppliedMutationIsAuditedWithWhoWhatWhenAndWhere() {
        t.postJson("/v1/sync/push", designer, push("laptop-1", put(3, "campaign", "summer", 0, Map.of())));

        assertThat(t.rows(AUDIT)).containsExactly(List.of(Long.toString(TestServer.START.toEpochMilli()), "acme",
                "dana (designer)", designerTokenId, "sync.put", "campaign/summer", "127.0.0.1",
                "version 1 from client laptop-1 mutation 3"));
    }

    @Test
    void conflictsDuplicatesRejectionsAndReadsAreNotAudited() {
        Map<String, Object> body = push("c", put(1, "campaign", "a", 0, Map.of()));
        t.postJson("/v1/sync/push", designer, body);
        t.postJson("/v1/sync/push", designer, body);
        t.postJson("/v1/sync/push", designer, push("c", put(2, "campaign", "a", 0, Map.of())));
        t.postJson("/v1/sync/push", designer, push("c", put(3, "approval", "x", 0, Map.of("decision", "approved"))));
        t.get("/v1/sync/pull", designer);

        assertThat(t.rows(AUDIT)).hasSize(1);
    }

    @Test
    void blobUploadsApprovalsKitsAndTokenChangesAreAudited() {
        String lead = t.token("acme", "lee", Role.LEAD);
        String admin = t.token("acme", "ada", Role.ADMIN);
        byte[] bytes = "kit".getBytes(StandardCharsets.UTF_8);
        String hash = Sha256.hex(bytes);

        t.putBytes("/v1/blobs/" + hash, admin, bytes);
        t.postJson("/v1/approvals", lead, Map.of("entityId", "ap-1", "payload", Map.of("decision", "approved")));
        t.putJson("/v1/kits/core", admin, Map.of("name", "Core", "version", "2", "archive", hash));
        String newId = t.postJson("/v1/tokens", admin, Map.of("name", "x", "role", "designer")).json().get("id").asText();
        t.delete("/v1/tokens/" + newId, admin);

        assertThat(t.rows("SELECT action, target, actor FROM audit_log ORDER BY id")).containsSubsequence(
                List.of("blob.put", hash, "ada (admin)"),
                List.of("approval.record", "approval/ap-1", "lee (lead)"),
                List.of("kit.publish", "brand-kit/core", "ada (admin)"),
                List.of("token.create", newId, "ada (admin)"),
                List.of("token.revoke", newId, "ada (admin)"));
    }
}
