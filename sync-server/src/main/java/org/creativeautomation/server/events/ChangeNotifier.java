package org.creativeautomation.server.events;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pokes the studios connected to this server over SSE when their team's feed moved on, so they pull
 * now rather than at their next poll. The event carries only the new head: the data itself always
 * comes through pull. Connections are the only state kept here, and losing them loses nothing.
 */
public final class ChangeNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifier.class);

    private final Map<String, Set<SseClient>> clientsByTeam = new ConcurrentHashMap<>();
    private final Map<String, Long> announced = new ConcurrentHashMap<>();
    private final ToLongFunction<String> head;

    /** @param head reads a team's committed head from the database */
    public ChangeNotifier(ToLongFunction<String> head) {
        this.head = head;
    }

    public void connect(String team, SseClient client) {
        Set<SseClient> clients = clientsByTeam.computeIfAbsent(team, t -> ConcurrentHashMap.newKeySet());
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.sendEvent("ready", "{\"cursor\":" + head.applyAsLong(team) + "}");
    }

    /** This server committed a change for the team. */
    public void changed(String team) {
        headMoved(team, head.applyAsLong(team));
    }

    /** The team's head is now {@code seq}, by whatever server; pokes once per new head. */
    public void headMoved(String team, long seq) {
        long[] before = {-1};
        announced.compute(team, (t, old) -> {
            before[0] = old == null ? -1 : old;
            return old == null ? seq : Math.max(old, seq);
        });
        if (before[0] >= seq) {
            return;
        }
        Set<SseClient> clients = clientsByTeam.get(team);
        if (clients == null) {
            return;
        }
        for (SseClient client : clients) {
            try {
                client.sendEvent("changes", "{\"cursor\":" + seq + "}");
            } catch (RuntimeException e) {
                LOG.debug("Dropped an event stream of team {}: {}", team, e.getMessage());
                clients.remove(client);
            }
        }
    }

    public int connectedClients() {
        return clientsByTeam.values().stream().mapToInt(Set::size).sum();
    }
}
