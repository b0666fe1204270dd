package whereabouts.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import whereabouts.json.Json;
import whereabouts.store.JdbcTrackStore;
import whereabouts.store.PgChangeChannel;

/**
 * Shares the {@link ChangeFeed} between servers on one PostgreSQL database: every change made here is sent to
 * the others (LISTEN/NOTIFY), and every change made there is published here, so each server's caches and event
 * streams follow the writes of all of them. On H2 there is nothing to share and the feed stays in-process.
 */
public final class SharedChanges implements AutoCloseable {
    private final String origin = UUID.randomUUID().toString();
    private final ObjectMapper json = Json.newMapper();
    private final ChangeFeed feed;
    private final Optional<PgChangeChannel> channel;
    private final Runnable unsubscribe;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pg-notify");
        t.setDaemon(true);
        return t;
    });

    private SharedChanges(ChangeFeed feed, JdbcTrackStore store) {
        this.feed = feed;
        this.channel = store.openChangeChannel(this::received);
        this.unsubscribe = channel.isPresent() ? feed.subscribe(this::send) : () -> { };
    }

    public static SharedChanges connect(ChangeFeed feed, JdbcTrackStore store) {
        return new SharedChanges(feed, store);
    }

    /** Whether changes travel between servers (PostgreSQL). */
    public boolean shared() {
        return channel.isPresent();
    }

    private void send(TrackChange change) {
        PgChangeChannel c = channel.orElseThrow();
        if (c.isDeliveryThread()) {
            return; // a change from another server, being published here: it is not ours to send on
        }
        sender.execute(() -> notifyOthers(c, change)); // off the writer's request, in order
    }

    private void notifyOthers(PgChangeChannel c, TrackChange change) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("origin", origin);
        payload.put("type", change.type());
        payload.put("trackId", change.trackId());
        payload.put("sightingId", change.sightingId());
        try {
            c.send(json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void received(String payload) {
        JsonNode n;
        try {
            n = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a change: " + payload, e);
        }
        if (origin.equals(n.path("origin").asText())) {
            return;
        }
        JsonNode sighting = n.path("sightingId");
        feed.publish(n.path("type").asText(), n.path("trackId").asLong(),
                sighting.isNumber() ? sighting.asLong() : null);
    }

    @Override
    public void close() {
        unsubscribe.run();
        sender.shutdown();
        channel.ifPresent(PgChangeChannel::close);
    }
}
