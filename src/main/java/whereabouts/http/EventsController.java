package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import whereabouts.auth.SecurityLog;
import whereabouts.config.RequestLimits;
import whereabouts.service.ChangeFeed;
import whereabouts.service.RecentChanges;
import whereabouts.service.TrackChange;

/**
 * {@code /api/events}: Server-Sent Events, one {@code change} event per {@link TrackChange} (id = its
 * sequence), plus a {@code hello} event on connect carrying the latest sequence so a reconnecting page knows
 * whether it missed anything. A comment every heartbeat ({@link RequestLimits#heartbeat()}, 15 s by default) keeps
 * proxies from closing idle streams; at the same beat each stream's credential is checked again (#26), and a
 * stream whose session was signed out or expired, or whose token was removed or replaced, or whose user's password
 * or role changed, is closed. At most {@link RequestLimits#streamsPerPrincipal()} streams per principal
 * ({@link StreamGate}: 429 beyond).
 *
 * <p>The fan-out leaves the writer's request: a change is handed to one fan-out thread, which every
 * {@value #BATCH_MILLIS} ms encodes the changes that arrived once and queues them, as one batch, on every stream
 * ({@link ClientStream}, bounded backlog); a small pool of sender threads writes the queues out, without ever
 * blocking on a client. A write's latency does not depend on how many streams are open.
 *
 * <p>Catch-up: a change's event id is {@code <sequence>@<server>} (the server part changes at every start, so an
 * id from another server or an earlier run is never mistaken for one of ours). A client that reconnects with
 * {@code Last-Event-ID} (EventSource sends it by itself) gets a hello whose {@code lastSequence} is the change it
 * last saw, then the changes it missed, in order, then live ones; the last {@value #REPLAY_CAPACITY} changes are
 * kept for this. When its id is unknown or older than that, the hello carries the current sequence and
 * {@code "missed": true}, and the page refetches what it shows. A page that opens a new EventSource (the old
 * one gave up) passes its last id as {@code ?lastEventId=} instead.
 */
final class EventsController implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventsController.class);
    /** Events (batches of changes) a stream may fall behind before it is dropped. */
    static final int BACKLOG_CAPACITY = 256;
    /** Recent changes kept for clients that reconnect with {@code Last-Event-ID}. */
    static final int REPLAY_CAPACITY = 10_000;
    /**
     * Threads that write to the streams: half the cores, at least one. Writes never block (a full socket is left
     * until it drains), so one thread keeps up with 10,000 streams; more only take cores from the requests: with 4
     * senders on 2 cores, the p99 of a POST was 2.5× that with no streams open, with 1 it is 1.3–1.7×
     * (docs/performance.md).
     */
    static final int SENDER_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    /**
     * Changes are sent out in batches, every this many milliseconds: at 100 changes a second to 10,000 streams,
     * one write per stream per batch instead of per change is what lets the senders keep up on two cores.
     */
    static final long BATCH_MILLIS = 100;
    /**
     * Response buffer of an event stream. Jetty holds a stream's buffer (32 KiB by default, direct memory) for as
     * long as the stream is open; events are a few hundred bytes and flushed one by one.
     */
    static final int STREAM_BUFFER_BYTES = 2048;

    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final Set<ClientStream> streams = ConcurrentHashMap.newKeySet();
    /** Issue 21: the signed-in user who opened each stream (streams of anonymous clients are not listed). */
    private final Map<ClientStream, String> owners = new ConcurrentHashMap<>();
    /** #26: what each stream of a signed-in client or token identified itself with, re-checked every heartbeat. */
    private final Map<ClientStream, RequestGuard.Presented> credentials = new ConcurrentHashMap<>();
    private final StreamGate gate;
    private final RequestGuard guard;
    /** Checks credentials (database reads) off the fan-out thread, so a slow database never delays changes. */
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(
            daemon("sse-credentials"));
    private final ScheduledExecutorService fanOut = Executors.newSingleThreadScheduledExecutor(
            daemon("sse-fan-out"));
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDER_THREADS, daemon("sse-sender"));
    /** Changes published but not yet sent out, in sequence order (the feed publishes them one at a time). */
    private final Queue<TrackChange> pending = new ConcurrentLinkedQueue<>();
    private final Runnable unsubscribe;
    private final String server = Long.toString(ThreadLocalRandom.current().nextLong() >>> 24, 36);
    /** The sequence of the last change queued on the streams; touched only on the fan-out thread. */
    private long lastBroadcast;
    /** Touched only on the fan-out thread. */
    private final RecentChanges<Replayable> recent = new RecentChanges<>(REPLAY_CAPACITY, Replayable::sequence);

    private record Replayable(long sequence, ClientStream.Event event) {
    }

    EventsController(ChangeFeed feed, ObjectMapper json, RequestLimits limits, RequestGuard guard) {
        this.feed = feed;
        this.json = json;
        this.guard = guard;
        this.gate = new StreamGate(guard, limits.streamsPerPrincipal(), limits.heartbeat());
        this.unsubscribe = feed.subscribe(pending::add);
        this.lastBroadcast = feed.lastSequence();
        fanOut.scheduleWithFixedDelay(this::broadcastPending, BATCH_MILLIS, BATCH_MILLIS, TimeUnit.MILLISECONDS);
        ClientStream.Event heartbeat = ClientStream.Event.comment("heartbeat");
        long beatMillis = limits.heartbeat().toMillis();
        fanOut.scheduleAtFixedRate(() -> streams.forEach(s -> s.offer(heartbeat)), beatMillis, beatMillis,
                TimeUnit.MILLISECONDS);
        checker.scheduleAtFixedRate(this::closeEnded, beatMillis, beatMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Closes every stream whose credential no longer stands; each distinct credential is checked once per beat
     * (twenty streams of one session cost one read). On the checker thread.
     */
    private void closeEnded() {
        try {
            Map<RequestGuard.Presented, Boolean> valid = new java.util.HashMap<>();
            credentials.forEach((stream, presented) -> {
                if (!valid.computeIfAbsent(presented, guard::stillValid)) {
                    SecurityLog.streamClosed(presented.principal().name(), "credential ended");
                    stream.close();
                }
            });
        } catch (RuntimeException e) {
            LOG.error("event stream credential check failed", e); // and keep checking at the next beat
        }
    }

    /**
     * Before {@code /api/events} (while the answer can still be an error, and the response be sized): the stream
     * limit per principal (429), a small buffer per stream.
     */
    void prepare(Context ctx) {
        StreamAccept.check(ctx.header("Accept")); // issue 21: a client that does not ask for the stream gets a 406
        gate.reserve(ctx); // #26
        ctx.res().setBufferSize(STREAM_BUFFER_BYTES);
    }

    /** After {@code /api/events}: a stream reserved but never opened gives its place back. */
    void finish(Context ctx) {
        gate.releaseUnclaimed(ctx);
    }

    void connect(SseClient client) {
        client.keepAlive();
        ClientStream[] self = new ClientStream[1];
        String place = gate.claim(client.ctx());
        ClientStream stream = new ClientStream(client, BACKLOG_CAPACITY, senders, () -> {
            streams.remove(self[0]);
            owners.remove(self[0]);
            credentials.remove(self[0]);
            gate.release(place);
        });
        self[0] = stream;
        RequestGuard.Presented presented = RequestGuard.presented(client.ctx());
        if (presented.secret() != null) {
            credentials.put(stream, presented);
        }
        String owner = WatchController.user(client.ctx());
        if (owner != null) {
            owners.put(stream, owner);
        }
        client.onClose(stream::close);
        stream.start();
        // a page that had to open a new EventSource (which forgets the id) passes it as ?lastEventId=
        String lastEventId = Optional.ofNullable(client.ctx().header("Last-Event-ID"))
                .orElse(client.ctx().queryParam("lastEventId"));
        // the hello goes through the fan-out too, so it reaches the stream before any later change
        fanOut.execute(() -> {
            broadcastPending(); // changes made before the stream opened are not for it: its hello counts them
            stream.open(opening(lastEventId));
            streams.add(stream);
        });
    }

    /** The hello, then the changes after {@code lastEventId} if they are known here. On the fan-out thread. */
    private List<ClientStream.Event> opening(String lastEventId) {
        Map<String, Object> hello = new LinkedHashMap<>();
        List<ClientStream.Event> events = new ArrayList<>();
        events.add(null);
        if (lastEventId != null) {
            Optional<List<Replayable>> missed = sequenceOf(lastEventId).flatMap(recent::after);
            if (missed.isPresent()) {
                hello.put("lastSequence", sequenceOf(lastEventId).orElseThrow());
                missed.get().forEach(r -> events.add(r.event()));
            } else {
                hello.put("lastSequence", lastBroadcast);
                hello.put("missed", true);
            }
        } else {
            hello.put("lastSequence", lastBroadcast);
        }
        events.set(0, ClientStream.Event.of("hello", toJson(hello), null));
        return events;
    }

    /** The sequence in an event id of this server ({@code <sequence>@<server>}), empty for any other. */
    private Optional<Long> sequenceOf(String eventId) {
        int at = eventId.indexOf('@');
        if (at < 1 || !eventId.substring(at + 1).equals(server)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(eventId.substring(0, at)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Queues the pending changes, as one batch, on every stream; runs on the fan-out thread. */
    private void broadcastPending() {
        try {
            List<ClientStream.Event> batch = new ArrayList<>();
            TrackChange change;
            while ((change = pending.poll()) != null) {
                ClientStream.Event event = ClientStream.Event.of("change", toJson(change),
                        change.sequence() + "@" + server);
                recent.add(new Replayable(change.sequence(), event));
                batch.add(event);
                lastBroadcast = Math.max(lastBroadcast, change.sequence());
            }
            if (!batch.isEmpty()) {
                ClientStream.Event events = ClientStream.Event.concat(batch);
                streams.forEach(s -> s.offer(events));
            }
        } catch (RuntimeException e) {
            LOG.error("event fan-out failed", e); // and keep running: a dead schedule would end all live updates
        }
    }

    /**
     * Issue 21: an alert for one user, sent as an {@code alert} event to that user's open streams only (the
     * stream's owner is who opened it, {@link RequestGuard#principal}). On the fan-out thread, after the changes
     * queued before it.
     */
    void alert(whereabouts.service.Alert alert) {
        ClientStream.Event event = ClientStream.Event.of("alert", toJson(alert), null);
        fanOut.execute(() -> owners.forEach((stream, owner) -> {
            if (owner.equals(alert.user()) && streams.contains(stream)) {
                stream.offer(event);
            }
        }));
    }

    /** Open streams, and how many of them wait for a client whose socket is full ({@code /api/health}). */
    Map<String, Integer> streamCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("open", streams.size());
        counts.put("waitingForClient", (int) streams.stream().filter(ClientStream::waitingForClient).count());
        return counts;
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
        checker.shutdownNow();
        fanOut.shutdownNow();
        streams.forEach(ClientStream::close);
        senders.shutdownNow();
    }
}
