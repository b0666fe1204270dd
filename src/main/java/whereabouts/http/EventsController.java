package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import whereabouts.service.ChangeFeed;
import whereabouts.service.TrackChange;

/**
 * {@code /api/events}: Server-Sent Events, one {@code change} event per {@link TrackChange} (id = its
 * sequence), plus a {@code hello} event on connect carrying the latest sequence so a reconnecting page knows
 * whether it missed anything. A comment every 15 s keeps proxies from closing idle streams.
 *
 * <p>The fan-out leaves the writer's request: a change is handed to one fan-out thread, which serialises it once
 * and queues it on every stream ({@link EventStream}, bounded backlog); a small pool of sender threads writes
 * the queues out. A write's latency does not depend on how many streams are open.
 */
final class EventsController implements AutoCloseable {
    /** Events a stream may fall behind before it is dropped. */
    static final int BACKLOG_CAPACITY = 256;
    private static final int SENDER_THREADS = 4;

    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final ExecutorService fanOut = Executors.newSingleThreadExecutor(daemon("sse-fan-out"));
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDER_THREADS, daemon("sse-sender"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            daemon("sse-heartbeat"));
    private final Runnable unsubscribe;

    EventsController(ChangeFeed feed, ObjectMapper json) {
        this.feed = feed;
        this.json = json;
        this.unsubscribe = feed.subscribe(change -> fanOut.execute(() -> broadcast(change)));
        heartbeat.scheduleAtFixedRate(() -> fanOut.execute(() -> broadcast(null)), 15, 15, TimeUnit.SECONDS);
    }

    void connect(SseClient client) {
        client.keepAlive();
        EventStream[] self = new EventStream[1];
        EventStream stream = new EventStream(client, BACKLOG_CAPACITY, senders, () -> streams.remove(self[0]));
        self[0] = stream;
        client.onClose(stream::close);
        // the hello goes through the fan-out too, so it reaches the stream before any later change
        fanOut.execute(() -> {
            stream.offer(new EventStream.Event("hello", toJson(Map.of("lastSequence", feed.lastSequence())), null));
            streams.add(stream);
        });
    }

    /** Queues one change (or a heartbeat when null) on every stream; runs on the fan-out thread. */
    private void broadcast(TrackChange change) {
        EventStream.Event event = change == null ? new EventStream.Event(null, null, null)
                : new EventStream.Event("change", toJson(change), Long.toString(change.sequence()));
        for (EventStream s : streams) {
            s.offer(event);
        }
    }

    /** Open streams (for tests and measurements). */
    int openStreams() {
        return streams.size();
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        unsubscribe.run();
        heartbeat.shutdownNow();
        fanOut.shutdownNow();
        streams.forEach(EventStream::close);
        senders.shutdownNow();
    }
}
