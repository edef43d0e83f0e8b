package org.creativeautomation.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.auth.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A client's mistake is a 4xx naming what is wrong, never a 500, and writes nothing. */
class BadInputTest {
    @TempDir
    Path dir;
    TestServer t;
    String token;

    @BeforeEach
    void start() {
        t = TestServer.start(dir, new Limits(4096, 1 << 20, 30, 3, 50));
        token = t.token("acme", "dana", Role.DESIGNER);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private static String mutation(String fields) {
        return "{\"clientId\":\"c\",\"mutations\":[" + fields + "]}";
    }

    static Stream<Arguments> badPushes() {
        String ok = "\"id\":1,\"entity\":\"campaign\",\"entityId\":\"x\",\"baseVersion\":0,\"op\":\"put\"";
        return Stream.of(
                Arguments.of("{not json", "body"),
                Arguments.of("[]", "body"),
                Arguments.of("{\"mutations\":[]}", "clientId"),
                Arguments.of("{\"clientId\":\"\",\"mutations\":[]}", "clientId"),
                Arguments.of("{\"clientId\":\"c\"}", "mutations"),
                Arguments.of("{\"clientId\":\"c\",\"mutations\":{}}", "mutations"),
                Arguments.of("{\"clientId\":\"c\",\"mutations\":[]}", "mutations"),
                Arguments.of(mutation("{" + ok + ",\"payload\":{}}," + "{" + ok + ",\"payload\":{}}"), "mutations[1].id"),
                Arguments.of(mutation("1"), "mutations[0]"),
                Arguments.of(mutation("{\"entity\":\"campaign\",\"entityId\":\"x\",\"baseVersion\":0,\"op\":\"put\",\"payload\":{}}"), "mutations[0].id"),
                Arguments.of(mutation("{\"id\":-1,\"entity\":\"campaign\",\"entityId\":\"x\",\"baseVersion\":0,\"op\":\"put\",\"payload\":{}}"), "mutations[0].id"),
                Arguments.of(mutation("{\"id\":1.5,\"entity\":\"campaign\",\"entityId\":\"x\",\"baseVersion\":0,\"op\":\"put\",\"payload\":{}}"), "mutations[0].id"),
                Arguments.of(mutation("{\"id\":1,\"entity\":\"invoice\",\"entityId\":\"x\",\"baseVersion\":0,\"op\":\"put\",\"payload\":{}}"), "mutations[0].entity"),
                Arguments.of(mutation("{\"id\":1,\"entity\":\"campaign\",\"entityId\":\"../../etc\",\"baseVersion\":0,\"op\":\"put\",\"payload\":{}}"), "mutations[0].entityId"),
                Arguments.of(mutation("{\"id\":1,\"entity\":\"campaign\",\"baseVersion\":0,\"op\":\"put\",\"payload\":{}}"), "mutations[0].entityId"),
                Arguments.of(mutation("{\"id\":1,\"entity\":\"campaign\",\"entityId\":\"x\",\"op\":\"put\",\"payload\":{}}"), "mutations[0].baseVersion"),
                Arguments.of(mutation("{\"id\":1,\"entity\":\"campaign\",\"entityId\":\"x\",\"baseVersion\":\"0\",\"op\":\"put\",\"payload\":{}}"), "mutations[0].baseVersion"),
                Arguments.of(mutation("{" + ok.replace("\"put\"", "\"upsert\"") + ",\"payload\":{}}"), "mutations[0].op"),
                Arguments.of(mutation("{" + ok + "}"), "mutations[0].payload"),
                Arguments.of(mutation("{" + ok + ",\"payload\":[1]}"), "mutations[0].payload"),
                Arguments.of(mutation("{" + ok.replace("\"put\"", "\"delete\"") + ",\"payload\":{}}"), "mutations[0].payload"),
                Arguments.of(mutation("{\"id\":1,\"entity\":\"approval\",\"entityId\":\"a\",\"op\":\"put\",\"payload\":{\"decision\":\"maybe\"}}"), "mutations[0].payload.decision"),
                Arguments.of(mutation(String.join(",", List.of("{" + ok + ",\"payload\":{}}",
                        "{" + ok.replace("\"id\":1", "\"id\":2") + ",\"payload\":{}}",
                        "{" + ok.replace("\"id\":1", "\"id\":3") + ",\"payload\":{}}",
                        "{" + ok.replace("\"id\":1", "\"id\":4") + ",\"payload\":{}}"))), "mutations"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("badPushes")
    void aBadPushIs400NamingTheFieldAndWritesNothing(String body, String field) {
        Reply reply = t.postJson("/v1/sync/push", token, body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
        assertThat(reply.json().get("error").asText()).contains(field.equals("body") ? "" : field.replaceAll(".*\\.", ""));
        assertThat(t.rows("SELECT COUNT(*) FROM sync_entities")).containsExactly(List.of("0"));
        assertThat(t.rows("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'sync.%'")).containsExactly(List.of("0"));
    }

    @Test
    void aBodyNotDeclaredAsJsonIs415() {
        Reply reply = t.send(t.request("/v1/sync/push", token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        Reply undeclared = t.send(t.request("/v1/sync/push", token).POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().get("error").asText()).contains("application/json");
        assertThat(undeclared.status()).isEqualTo(415);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrStreamed() {
        String big = "{\"clientId\":\"c\",\"pad\":\"" + "x".repeat(5000) + "\",\"mutations\":[]}";
        Reply declared = t.postJson("/v1/sync/push", token, big);
        Reply streamed = t.send(t.request("/v1/sync/push", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))));

        assertThat(declared.status()).isEqualTo(413);
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(declared.json().get("error").asText()).contains("4096");
    }

    @Test
    void badPullParametersAre400NamingTheParameter() {
        for (Map.Entry<String, String> bad : Map.of("since=abc", "since", "since=-1", "since", "limit=0", "limit",
                "limit=51", "limit", "limit=1e3", "limit").entrySet()) {
            Reply reply = t.get("/v1/sync/pull?" + bad.getKey(), token);
            assertThat(reply.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(reply.json().get("field").asText()).isEqualTo(bad.getValue());
        }
    }

    @Test
    void badApprovalsAndKitsNameTheirField() {
        String lead = t.token("acme", "lee", Role.LEAD);
        String admin = t.token("acme", "ada", Role.ADMIN);

        assertThat(t.postJson("/v1/approvals", lead, Map.of("payload", Map.of("decision", "approved"))).json()
                .get("field").asText()).isEqualTo("entityId");
        assertThat(t.postJson("/v1/approvals", lead, Map.of("entityId", "a", "payload", Map.of())).json()
                .get("field").asText()).isEqualTo("payload.decision");
        assertThat(t.putJson("/v1/kits/core", admin, Map.of("name", "Core", "version", "1", "archive", "xyz")).json()
                .get("field").asText()).isEqualTo("archive");
        assertThat(t.putJson("/v1/kits/core", admin, Map.of("version", "1", "archive", "a".repeat(64))).json()
                .get("field").asText()).isEqualTo("name");
    }

    @Test
    void anUnknownRouteIsAJson404() {
        Reply reply = t.get("/v1/nothing-here", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).contains("/v1/nothing-here");
    }

    @Test
    void aCredentialOverItsRateLimitIs429UntilTheBucketRefills() {
        for (int i = 0; i < 30; i++) {
            assertThat(t.get("/v1/sync/pull", token).status()).isEqualTo(200);
        }
        String other = t.token("acme", "other", Role.DESIGNER);

        Reply limited = t.get("/v1/sync/pull", token);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(t.get("/v1/sync/pull", other).status()).isEqualTo(200);
        t.clock.advance(Duration.ofSeconds(2));
        assertThat(t.get("/v1/sync/pull", token).status()).isEqualTo(200);
    }
}
