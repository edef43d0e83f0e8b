package org.creativeautomation.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.server.TestServer.push;
import static org.creativeautomation.server.TestServer.put;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.blobs.FileBlobStorage;
import org.creativeautomation.server.http.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event stream pokes a studio to pull, for changes made through this server or another one. */
class EventStreamTest {
    @TempDir
    Path dir;

    /** Reads an SSE stream on a background thread into a queue of "event: data" strings. */
    private static final class EventReader implements AutoCloseable {
        final BlockingQueue<String> events = new ArrayBlockingQueue<>(100);
        final Stream<String> lines;
        final Thread thread;

        EventReader(TestServer t, String token) throws Exception {
            HttpResponse<Stream<String>> response = t.http().sendAsync(t.request("/v1/events", token)
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines()).get(20, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("text/event-stream"));
            lines = response.body();
            thread = new Thread(() -> {
                String event = null;
                try {
                    for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                        String line = it.next();
                        if (line.startsWith("event:")) {
                            event = line.substring(6).trim();
                        } else if (line.startsWith("data:")) {
                            events.add(event + " " + line.substring(5).trim());
                        }
                    }
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            }, "sse-reader");
            thread.setDaemon(true);
            thread.start();
        }

        String next() throws InterruptedException {
            String event = events.poll(20, TimeUnit.SECONDS);
            assertThat(event).as("an event within 20 s").isNotNull();
            return event;
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    @Test
    void aPushPokesTheTeamsStreamsWithTheNewCursor() throws Exception {
        try (TestServer t = TestServer.start(dir)) {
            String token = t.token("acme", "dana", Role.DESIGNER);
            try (EventReader reader = new EventReader(t, token)) {
                assertThat(reader.next()).isEqualTo("ready {\"cursor\":0}");

                t.postJson("/v1/sync/push", token, push("c", put(1, "campaign", "a", 0, Map.of())));

                assertThat(reader.next()).isEqualTo("changes {\"cursor\":1}");
            }
        }
    }

    @Test
    void aClientThatDoesNotAcceptAnEventStreamIs406() {
        try (TestServer t = TestServer.start(dir)) {
            var reply = t.get("/v1/events", t.token("acme", "dana", Role.DESIGNER));

            assertThat(reply.status()).isEqualTo(406);
            assertThat(reply.json().get("error").asText()).contains("text/event-stream");
        }
    }

    @Test
    void anotherTeamsPushDoesNotPoke() throws Exception {
        try (TestServer t = TestServer.start(dir)) {
            String acme = t.token("acme", "dana", Role.DESIGNER);
            String globex = t.token("globex", "gus", Role.DESIGNER);
            try (EventReader reader = new EventReader(t, acme)) {
                reader.next();

                t.postJson("/v1/sync/push", globex, push("c", put(1, "campaign", "a", 0, Map.of())));
                t.postJson("/v1/sync/push", acme, push("c", put(1, "campaign", "b", 0, Map.of())));

                assertThat(reader.next()).isEqualTo("changes {\"cursor\":1}");
                assertThat(reader.events).isEmpty();
            }
        }
    }

    @Test
    void aChangeCommittedThroughAnotherServerPokesThisServersStreams() throws Exception {
        try (TestServer a = TestServer.start(dir.resolve("a"))) {
            TestServer b = TestServer.start(dir.resolve("b"), Limits.DEFAULTS, a.clock, a.database,
                    new FileBlobStorage(dir.resolve("a/blobs")), List.of());
            try {
                String token = a.token("acme", "dana", Role.DESIGNER);
                try (EventReader reader = new EventReader(b, token)) {
                    assertThat(reader.next()).isEqualTo("ready {\"cursor\":0}");

                    a.postJson("/v1/sync/push", token, push("c", put(1, "campaign", "a", 0, Map.of())));
                    b.server.checkHeadsNow();

                    assertThat(reader.next()).isEqualTo("changes {\"cursor\":1}");
                    assertThat(b.get("/v1/sync/pull", token).json().get("changes")).hasSize(1);
                }
            } finally {
                b.server.close();
            }
        }
    }
}
