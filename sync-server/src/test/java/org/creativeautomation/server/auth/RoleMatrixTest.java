package org.creativeautomation.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.http.ApiRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every route against every role, no credential and a bad one: who gets 401, 403, or through. */
class RoleMatrixTest {
    private static final String HASH = "a".repeat(64);

    /** The access rules as the product states them; a route added or changed must be added here. */
    private static final Map<String, Set<Role>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /health", Set.of()),
            Map.entry("GET /metrics", Set.of()),
            Map.entry("GET /openapi.json", Set.of()),
            Map.entry("POST /v1/sync/push", Role.ANY),
            Map.entry("GET /v1/sync/pull", Role.ANY),
            Map.entry("GET /v1/events", Role.ANY),
            Map.entry("POST /v1/blobs/missing", Role.ANY),
            Map.entry("PUT /v1/blobs/{sha256}", Role.ANY),
            Map.entry("GET /v1/blobs/{sha256}", Role.ANY),
            Map.entry("POST /v1/approvals", Role.LEAD_OR_ADMIN),
            Map.entry("GET /v1/kits", Role.ANY),
            Map.entry("PUT /v1/kits/{kitId}", Role.ADMIN_ONLY),
            Map.entry("GET /v1/tokens", Role.ADMIN_ONLY),
            Map.entry("POST /v1/tokens", Role.ADMIN_ONLY),
            Map.entry("DELETE /v1/tokens/{tokenId}", Role.ADMIN_ONLY)));

    @TempDir
    static Path dir;
    static TestServer t;
    static final Map<Role, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        t = TestServer.start(dir);
        for (Role role : Role.values()) {
            TOKENS.put(role, t.token("acme", role.wireName() + "-user", role));
        }
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void everyRouteDeclaresTheRolesTheProductStates() {
        Map<String, Set<Role>> declared = t.server.routes().stream().collect(Collectors.toMap(
                r -> r.method().name() + " " + r.path(), ApiRoute::roles, (a, b) -> a, TreeMap::new));
        assertThat(declared).isEqualTo(EXPECTED);
    }

    static Stream<Arguments> protectedRoutes() {
        return EXPECTED.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedRoutes")
    void withoutACredentialEveryProtectedRouteIs401(String route, Set<Role> admitted) {
        Reply reply = call(route, null);
        assertThat(reply.status()).as(route).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isNotBlank();
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(call(route, "cas_not-a-real-token").status()).as(route).isEqualTo(401);
        assertThat(call(route, "garbage").status()).as(route).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedRoutes")
    void eachRoleIsAdmittedOrRefusedWith403(String route, Set<Role> admitted) {
        for (Role role : Role.values()) {
            int status = call(route, TOKENS.get(role)).status();
            if (admitted.contains(role)) {
                assertThat(status).as(route + " as " + role).isNotIn(401, 403).isLessThan(500);
            } else {
                assertThat(status).as(route + " as " + role).isEqualTo(403);
            }
        }
        EnumSet<Role> refused = EnumSet.complementOf(EnumSet.copyOf(admitted));
        assertThat(refused.size() + admitted.size()).isEqualTo(Role.values().length);
    }

    @Test
    void publicRoutesNeedNoCredential() {
        assertThat(t.get("/health", null).status()).isEqualTo(200);
        assertThat(t.get("/metrics", null).status()).isEqualTo(200);
        assertThat(t.get("/openapi.json", null).status()).isEqualTo(200);
    }

    /** Calls a route with a plausible request; SSE is only opened far enough to see its status. */
    private static Reply call(String route, String token) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("{sha256}", HASH).replace("{kitId}", "acme-kit")
                .replace("{tokenId}", "tok_000000000000");
        if (path.equals("/v1/events")) {
            return openStream(path, token);
        }
        HttpRequest.Builder request = t.request(path, token);
        String body = switch (route) {
            case "POST /v1/sync/push" -> "{\"clientId\":\"c\",\"mutations\":[{\"id\":1,\"entity\":\"comment\","
                    + "\"entityId\":\"x\",\"baseVersion\":0,\"op\":\"put\",\"payload\":{}}]}";
            case "POST /v1/blobs/missing" -> "{\"hashes\":[\"" + HASH + "\"]}";
            case "POST /v1/approvals" -> "{\"entityId\":\"ap\",\"payload\":{\"decision\":\"approved\"}}";
            case "PUT /v1/kits/{kitId}" -> "{\"name\":\"Acme\",\"version\":\"1\",\"archive\":\"" + HASH + "\"}";
            case "POST /v1/tokens" -> "{\"name\":\"new-user\",\"role\":\"designer\"}";
            default -> null;
        };
        if (route.startsWith("PUT /v1/blobs")) {
            request.header("Content-Type", "application/octet-stream");
            return t.send(request.PUT(HttpRequest.BodyPublishers.ofString("not the hashed bytes")));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return t.send(request.method(parts[0], publisher));
    }

    private static Reply openStream(String path, String token) {
        try {
            HttpResponse<Stream<String>> response = t.http().sendAsync(t.request(path, token)
                    .header("Accept", "text/event-stream").GET().timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofLines())
                    .get(20, TimeUnit.SECONDS);
            try (Stream<String> lines = response.body()) {
                if (response.statusCode() == 200) {
                    return new Reply(200, new byte[0], response.headers());
                }
                return new Reply(response.statusCode(), String.join("\n", lines.toList()).getBytes(), response.headers());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
