package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import whereabouts.service.ChangeFeed;
import whereabouts.service.TrackChange;

/**
 * {@code /api/events}: Server-Sent Events, one {@code change} event per {@link TrackChange} (id = its
 * sequence), plus a {@code hello} event on connect carrying the latest sequence so a reconnecting page knows
 * whether it missed anything. A comment every 15 s keeps proxies from closing idle streams.
 */
final class EventsController implements AutoCloseable {
    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    EventsController(ChangeFeed feed, ObjectMapper json) {
        this.feed = feed;
        this.json = json;
        heartbeat.scheduleAtFixedRate(() -> clients.forEach(c -> send(c, null, null, null)), 15, 15, TimeUnit.SECONDS);
    }

    void connect(SseClient client) {
        client.keepAlive();
        clients.add(client);
        Runnable unsubscribe = feed.subscribe(change -> send(client, "change", toJson(change),
                Long.toString(change.sequence())));
        client.onClose(() -> {
            unsubscribe.run();
            clients.remove(client);
        });
        send(client, "hello", toJson(Map.of("lastSequence", feed.lastSequence())), null);
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(SseClient client, String event, String data, String id) {
        try {
            if (client.terminated()) {
                clients.remove(client);
            } else if (event == null) {
                client.sendComment("heartbeat");
            } else if (id == null) {
                client.sendEvent(event, data);
            } else {
                client.sendEvent(event, data, id);
            }
        } catch (RuntimeException e) {
            clients.remove(client);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(SseClient::close);
    }
}
