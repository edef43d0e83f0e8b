package org.creativeautomation.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.blobs.BlobStorage;
import org.creativeautomation.server.blobs.FileBlobStorage;
import org.creativeautomation.server.http.Limits;
import org.creativeautomation.server.store.Database;
import org.creativeautomation.server.store.DatabaseSettings;

/**
 * A real server on a random local port over a SQLite file and a blob folder in a temp directory,
 * with a hand-moved clock and a seeded random source, plus a small HTTP client for it.
 */
public final class TestServer implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Path dir;
    public final MutableClock clock;
    public final Database database;
    public final BlobStorage blobs;
    public final SyncServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Path dir, MutableClock clock, Database database, BlobStorage blobs, SyncServer server) {
        this.dir = dir;
        this.clock = clock;
        this.database = database;
        this.blobs = blobs;
        this.server = server;
    }

    public static TestServer start(Path dir) {
        return start(dir, Limits.DEFAULTS);
    }

    public static TestServer start(Path dir, Limits limits) {
        MutableClock clock = new MutableClock(START);
        Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + dir.resolve("server.db"), null, null, 4));
        return start(dir, limits, clock, database, new FileBlobStorage(dir.resolve("blobs")), List.of());
    }

    public static TestServer start(Path dir, Limits limits, MutableClock clock, Database database, BlobStorage blobs,
                                   List<org.creativeautomation.server.auth.Authenticator> extra) {
        SyncServer server = SyncServer.create(new ServerDependencies(database, blobs, dir.resolve("spool"), limits,
                clock, seededRandom(), extra, Duration.ofHours(1)));
        server.start("127.0.0.1", 0);
        return new TestServer(dir, clock, database, blobs, server);
    }

    static SecureRandom seededRandom() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(20260301L);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new API token for a user of a team. */
    public String token(String team, String name, Role role) {
        return server.tokens().create(team, name, role, null, "test", "test").secret();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Reply postJson(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply putJson(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply putBytes(String path, String token, byte[] bytes) {
        return send(request(path, token).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public HttpClient http() {
        return http;
    }

    public static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Rows of a query as lists of strings, for asserting on what the database holds. */
    public List<List<String>> rows(String sql, Object... args) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    List<List<String>> rows = new ArrayList<>();
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    /** A push body of one mutation. */
    public static Map<String, Object> push(String clientId, Map<String, Object>... mutations) {
        return Map.of("clientId", clientId, "mutations", List.of(mutations));
    }

    public static Map<String, Object> put(long id, String entity, String entityId, long baseVersion, Map<String, ?> payload) {
        return Map.of("id", id, "entity", entity, "entityId", entityId, "baseVersion", baseVersion, "op", "put",
                "payload", payload);
    }

    public static Map<String, Object> delete(long id, String entity, String entityId, long baseVersion) {
        return Map.of("id", id, "entity", entity, "entityId", entityId, "baseVersion", baseVersion, "op", "delete");
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
