package org.creativeautomation.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.server.TestServer.push;
import static org.creativeautomation.server.TestServer.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.auth.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health, metrics and the OpenAPI document. */
class ServiceRoutesTest {
    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        t = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void healthSaysOk() {
        Reply reply = t.get("/health", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void metricsExposeRequestLatencySyncLagAndBlobBytes() {
        String token = t.token("acme", "dana", Role.DESIGNER);
        t.postJson("/v1/sync/push", token, push("c", put(1, "campaign", "a", 0, Map.of())));
        t.clock.advance(Duration.ofSeconds(3));
        t.get("/v1/sync/pull", token);

        String text = t.get("/metrics", null).text();

        assertThat(text).contains("# TYPE studio_http_request_duration_seconds histogram");
        assertThat(text).contains("studio_http_request_duration_seconds_count{method=\"POST\",route=\"/v1/sync/push\",status=\"200\"} 1");
        assertThat(text).contains("studio_sync_lag_seconds_bucket{le=\"1.0\"} 0");
        assertThat(text).contains("studio_sync_lag_seconds_bucket{le=\"5.0\"} 1");
        assertThat(text).contains("studio_sync_mutations_total{status=\"applied\"} 1");
        assertThat(text).contains("# TYPE studio_blob_bytes_total counter");
        assertThat(text).contains("studio_sse_clients 0");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteWithItsRoles() {
        JsonNode doc = t.get("/openapi.json", null).json();

        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (ApiRoute route : t.server.routes()) {
            JsonNode operation = doc.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
            assertThat(operation.isMissingNode()).as(route.method() + " " + route.path()).isFalse();
            if (!route.isPublic()) {
                assertThat(operation.get("x-roles")).extracting(JsonNode::asText).as(route.path())
                        .containsExactlyInAnyOrderElementsOf(route.roles().stream().map(Role::wireName).toList());
            }
        }
    }
}
