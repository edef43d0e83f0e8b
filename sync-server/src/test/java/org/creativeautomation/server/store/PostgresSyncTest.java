package org.creativeautomation.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.server.TestServer.push;
import static org.creativeautomation.server.TestServer.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.creativeautomation.server.MutableClock;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.blobs.FileBlobStorage;
import org.creativeautomation.server.http.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers against one PostgreSQL database, as deployed behind a balancer. Runs only where a
 * server is given: STUDIO_TEST_POSTGRES_URL (jdbc:postgresql://...), STUDIO_TEST_POSTGRES_USER and
 * STUDIO_TEST_POSTGRES_PASSWORD. Each test works in a schema of its own and drops it afterwards.
 */
@EnabledIfEnvironmentVariable(named = "STUDIO_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresSyncTest {
    private static final String URL = System.getenv("STUDIO_TEST_POSTGRES_URL");
    private static final String USER = System.getenv("STUDIO_TEST_POSTGRES_USER");
    private static final String PASSWORD = System.getenv("STUDIO_TEST_POSTGRES_PASSWORD");

    @TempDir
    Path dir;
    String schema;
    TestServer a;
    TestServer b;

    @BeforeEach
    void start() throws Exception {
        schema = "sync_test_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        MutableClock clock = new MutableClock(TestServer.START);
        FileBlobStorage blobs = new FileBlobStorage(dir.resolve("blobs"));
        a = TestServer.start(dir.resolve("a"), Limits.DEFAULTS, clock,
                Database.open(new DatabaseSettings(url, USER, PASSWORD, 4)), blobs, List.of());
        b = TestServer.start(dir.resolve("b"), Limits.DEFAULTS, clock,
                Database.open(new DatabaseSettings(url, USER, PASSWORD, 4)), blobs, List.of());
    }

    @AfterEach
    void stop() throws Exception {
        a.close();
        b.close();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void migratesAndServesPushPullAndConflictsAcrossTwoServers() {
        assertThat(a.database.dialect()).isEqualTo(Dialect.POSTGRESQL);
        String token = a.token("acme", "dana", Role.DESIGNER);

        Reply first = a.postJson("/v1/sync/push", token, push("c1", put(1, "campaign", "x", 0, Map.of("n", 1))));
        Reply stale = b.postJson("/v1/sync/push", token, push("c2", put(1, "campaign", "x", 0, Map.of("n", 2))));
        Reply retry = b.postJson("/v1/sync/push", token, push("c1", put(1, "campaign", "x", 0, Map.of("n", 1))));

        assertThat(first.json().get("results").get(0).get("status").asText()).isEqualTo("applied");
        assertThat(stale.json().get("results").get(0).get("status").asText()).isEqualTo("conflict");
        assertThat(stale.json().get("results").get(0).get("current").get("payload").get("n").asInt()).isEqualTo(1);
        assertThat(retry.json().get("results").get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(b.get("/v1/sync/pull", token).json().get("changes")).hasSize(1);
        assertThat(b.rows("SELECT action FROM audit_log WHERE action LIKE 'sync.%'")).hasSize(1);
    }

    @Test
    void concurrentPushesThroughTwoServersGetGaplessSequenceNumbers() throws Exception {
        String token = a.token("acme", "dana", Role.DESIGNER);
        int writers = 6;
        int perWriter = 15;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Long> seenCursors = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                TestServer via = w % 2 == 0 ? a : b;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perWriter; i++) {
                        via.postJson("/v1/sync/push", token,
                                push("w" + writer, put(i, "comment", "w" + writer + "-" + i, 0, Map.of())));
                        // A reader racing the writers must never see a sequence number with a gap below it.
                        JsonNode page = via.get("/v1/sync/pull?since=0&limit=1000", token).json();
                        long expected = 1;
                        for (JsonNode change : page.get("changes")) {
                            assertThat(change.get("seq").asLong()).isEqualTo(expected++);
                        }
                        seenCursors.add(page.get("cursor").asLong());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        JsonNode changes = a.get("/v1/sync/pull?since=0&limit=1000", token).json().get("changes");
        assertThat(changes).hasSize(writers * perWriter);
        assertThat(changes.get(changes.size() - 1).get("seq").asLong()).isEqualTo(writers * perWriter);
        assertThat(seenCursors).isNotEmpty();
    }
}
