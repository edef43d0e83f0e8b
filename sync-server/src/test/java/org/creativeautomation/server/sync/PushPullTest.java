package org.creativeautomation.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.server.TestServer.delete;
import static org.creativeautomation.server.TestServer.push;
import static org.creativeautomation.server.TestServer.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.auth.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushPullTest {
    @TempDir
    Path dir;
    TestServer t;
    String designer;

    @BeforeEach
    void start() {
        t = TestServer.start(dir);
        designer = t.token("acme", "dana", Role.DESIGNER);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private JsonNode pushOk(String token, Map<String, Object> body) {
        Reply reply = t.postJson("/v1/sync/push", token, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("results");
    }

    private JsonNode pull(String token, long since, int limit) {
        Reply reply = t.get("/v1/sync/pull?since=" + since + "&limit=" + limit, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void appliesANewEntityAtVersionOneAndListsItInThePull() {
        JsonNode results = pushOk(designer, push("laptop-1", put(1, "campaign", "summer", 0, Map.of("name", "Summer"))));

        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("id").asLong()).isEqualTo(1);
        assertThat(results.get(0).get("status").asText()).isEqualTo("applied");
        assertThat(results.get(0).get("version").asLong()).isEqualTo(1);
        JsonNode page = pull(designer, 0, 100);
        assertThat(page.get("changes")).hasSize(1);
        JsonNode change = page.get("changes").get(0);
        assertThat(change.get("seq").asLong()).isEqualTo(1);
        assertThat(change.get("entity").asText()).isEqualTo("campaign");
        assertThat(change.get("entityId").asText()).isEqualTo("summer");
        assertThat(change.get("version").asLong()).isEqualTo(1);
        assertThat(change.get("deleted").asBoolean()).isFalse();
        assertThat(change.get("payload").get("name").asText()).isEqualTo("Summer");
        assertThat(page.get("cursor").asLong()).isEqualTo(1);
        assertThat(page.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void aRetriedMutationIsADuplicateAndWritesNothingTwice() {
        Map<String, Object> body = push("laptop-1", put(7, "campaign", "summer", 0, Map.of("name", "Summer")));
        pushOk(designer, body);

        JsonNode again = pushOk(designer, body);

        assertThat(again.get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(again.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(t.rows("SELECT version, seq FROM sync_entities")).containsExactly(List.of("1", "1"));
        assertThat(t.rows("SELECT seq FROM sync_sequences WHERE team = 'acme'")).containsExactly(List.of("1"));
    }

    @Test
    void theSameMutationIdFromAnotherClientIsANewMutation() {
        pushOk(designer, push("laptop-1", put(1, "campaign", "summer", 0, Map.of("name", "A"))));

        JsonNode other = pushOk(designer, push("laptop-2", put(1, "campaign", "summer", 1, Map.of("name", "B"))));

        assertThat(other.get(0).get("status").asText()).isEqualTo("applied");
        assertThat(other.get(0).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aStaleBaseVersionIsAConflictWithTheCurrentRowAndOverwritesNothing() {
        pushOk(designer, push("laptop-1", put(1, "campaign", "summer", 0, Map.of("name", "First"))));
        pushOk(designer, push("laptop-1", put(2, "campaign", "summer", 1, Map.of("name", "Second"))));

        JsonNode results = pushOk(designer, push("laptop-2", put(1, "campaign", "summer", 1, Map.of("name", "Stale"))));

        JsonNode result = results.get(0);
        assertThat(result.get("status").asText()).isEqualTo("conflict");
        assertThat(result.get("version").asLong()).isEqualTo(2);
        assertThat(result.get("current").get("version").asLong()).isEqualTo(2);
        assertThat(result.get("current").get("deleted").asBoolean()).isFalse();
        assertThat(result.get("current").get("payload").get("name").asText()).isEqualTo("Second");
        assertThat(t.rows("SELECT version, payload, seq FROM sync_entities"))
                .containsExactly(List.of("2", "{\"name\":\"Second\"}", "2"));
        assertThat(t.rows("SELECT COUNT(*) FROM sync_mutations WHERE client_id = 'laptop-2'")).containsExactly(List.of("0"));
        assertThat(pull(designer, 2, 100).get("changes")).isEmpty();
    }

    @Test
    void creatingAnEntityThatAlreadyExistsIsAConflict() {
        pushOk(designer, push("laptop-1", put(1, "comment", "c-1", 0, Map.of("text", "mine"))));

        JsonNode result = pushOk(designer, push("laptop-2", put(1, "comment", "c-1", 0, Map.of("text", "theirs")))).get(0);

        assertThat(result.get("status").asText()).isEqualTo("conflict");
        assertThat(result.get("current").get("payload").get("text").asText()).isEqualTo("mine");
    }

    @Test
    void updatingAnEntityTheServerHasNeverSeenIsAConflictWithNoCurrentRow() {
        JsonNode result = pushOk(designer, push("laptop-1", put(1, "campaign", "ghost", 3, Map.of()))).get(0);

        assertThat(result.get("status").asText()).isEqualTo("conflict");
        assertThat(result.get("version").asLong()).isZero();
        assertThat(result.has("current")).isFalse();
        assertThat(t.rows("SELECT COUNT(*) FROM sync_entities")).containsExactly(List.of("0"));
    }

    @Test
    void aDeleteLeavesATombstoneInThePull() {
        pushOk(designer, push("laptop-1", put(1, "layout-override", "hero-1x1", 0, Map.of("x", 4))));

        JsonNode deleted = pushOk(designer, push("laptop-1", delete(2, "layout-override", "hero-1x1", 1))).get(0);

        assertThat(deleted.get("status").asText()).isEqualTo("applied");
        assertThat(deleted.get("version").asLong()).isEqualTo(2);
        JsonNode changes = pull(designer, 0, 100).get("changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("seq").asLong()).isEqualTo(2);
        assertThat(changes.get(0).get("deleted").asBoolean()).isTrue();
        assertThat(changes.get(0).get("version").asLong()).isEqualTo(2);
        assertThat(changes.get(0).get("payload").isNull()).isTrue();
    }

    @Test
    void aPutOnATombstoneAtItsVersionBringsTheEntityBack() {
        pushOk(designer, push("c", put(1, "campaign", "x", 0, Map.of("v", 1))));
        pushOk(designer, push("c", delete(2, "campaign", "x", 1)));

        JsonNode result = pushOk(designer, push("c", put(3, "campaign", "x", 2, Map.of("v", 3)))).get(0);

        assertThat(result.get("status").asText()).isEqualTo("applied");
        assertThat(result.get("version").asLong()).isEqualTo(3);
        assertThat(pull(designer, 0, 10).get("changes").get(0).get("deleted").asBoolean()).isFalse();
    }

    @Test
    void eachMutationOfABatchIsAnsweredOnItsOwnInOrder() {
        pushOk(designer, push("c", put(1, "campaign", "a", 0, Map.of())));

        JsonNode results = pushOk(designer, push("c",
                put(2, "campaign", "a", 0, Map.of("stale", true)),
                put(3, "campaign", "b", 0, Map.of()),
                put(4, "approval", "ap-1", 0, Map.of("decision", "approved"))));

        assertThat(results).extracting(r -> r.get("id").asLong() + ":" + r.get("status").asText())
                .containsExactly("2:conflict", "3:applied", "4:rejected");
        assertThat(results.get(2).get("error").asText()).contains("designer");
    }

    @Test
    void pullPagesInSequenceOrderWithACursor() {
        for (int i = 1; i <= 5; i++) {
            pushOk(designer, push("c", put(i, "campaign", "k" + i, 0, Map.of("n", i))));
        }
        pushOk(designer, push("c", put(6, "campaign", "k1", 1, Map.of("n", 6))));

        JsonNode first = pull(designer, 0, 2);
        assertThat(first.get("changes")).extracting(c -> c.get("seq").asLong()).containsExactly(2L, 3L);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        JsonNode second = pull(designer, first.get("cursor").asLong(), 2);
        assertThat(second.get("changes")).extracting(c -> c.get("seq").asLong()).containsExactly(4L, 5L);
        JsonNode third = pull(designer, second.get("cursor").asLong(), 2);
        assertThat(third.get("changes")).extracting(c -> c.get("entityId").asText() + "@" + c.get("seq").asLong())
                .containsExactly("k1@6");
        assertThat(third.get("hasMore").asBoolean()).isFalse();
        JsonNode empty = pull(designer, third.get("cursor").asLong(), 2);
        assertThat(empty.get("changes")).isEmpty();
        assertThat(empty.get("cursor").asLong()).isEqualTo(6);
    }

    @Test
    void approvalsAreAppendOnlyEventsThatNeverConflict() {
        String lead = t.token("acme", "lee", Role.LEAD);

        JsonNode first = pushOk(lead, push("c", put(1, "approval", "ap-1", 0, Map.of("decision", "approved")))).get(0);
        JsonNode sameEvent = pushOk(lead, push("c2", put(1, "approval", "ap-1", 5, Map.of("decision", "rejected")))).get(0);
        JsonNode deleteIt = pushOk(lead, push("c", delete(2, "approval", "ap-1", 1))).get(0);

        assertThat(first.get("status").asText()).isEqualTo("applied");
        assertThat(sameEvent.get("status").asText()).isEqualTo("duplicate");
        assertThat(deleteIt.get("status").asText()).isEqualTo("rejected");
        JsonNode payload = pull(lead, 0, 10).get("changes").get(0).get("payload");
        assertThat(payload.get("decision").asText()).isEqualTo("approved");
        assertThat(payload.get("recordedBy").asText()).isEqualTo("lee");
        assertThat(payload.get("recordedRole").asText()).isEqualTo("lead");
    }

    @Test
    void brandKitsCannotBePushed() {
        String admin = t.token("acme", "ada", Role.ADMIN);

        JsonNode result = pushOk(admin, push("c", put(1, "brand-kit", "acme", 0, Map.of()))).get(0);

        assertThat(result.get("status").asText()).isEqualTo("rejected");
        assertThat(result.get("error").asText()).contains("/v1/kits");
    }

    @Test
    void concurrentPushesGetDistinctGaplessSequenceNumbersInPullOrder() throws Exception {
        int writers = 4;
        int perWriter = 10;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perWriter; i++) {
                        pushOk(designer, push("writer-" + writer,
                                put(i, "comment", "w" + writer + "-" + i, 0, Map.of("i", i))));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        JsonNode changes = pull(designer, 0, 1000).get("changes");
        List<Long> seqs = new ArrayList<>();
        changes.forEach(c -> seqs.add(c.get("seq").asLong()));
        List<Long> expected = new ArrayList<>();
        for (long s = 1; s <= writers * perWriter; s++) {
            expected.add(s);
        }
        assertThat(seqs).containsExactlyElementsOf(expected);
    }
}
