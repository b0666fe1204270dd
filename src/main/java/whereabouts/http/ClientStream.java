package whereabouts.http;

import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One open {@code /api/events} stream with its own bounded backlog. Events are queued by the fan-out and written
 * by a sender thread, one stream at a time, in order; a client that falls {@code capacity} events behind (stalled,
 * or too slow) is dropped instead of holding up the writer or the other streams. The page then reconnects and
 * catches up (from its {@code Last-Event-ID}, or its {@code hello} shows it missed changes).
 *
 * <p>The stream opens with {@link #open}: the hello and the changes a reconnecting client missed, written before
 * any live event and not counted against the backlog. The backlog is a linked queue with a counter rather than a
 * pre-sized array, so an idle stream costs a few dozen bytes, not the capacity.
 *
 * <p>An event is encoded once, for all streams, and a sender writes everything a stream has queued before it
 * flushes: with 10,000 streams and 100 changes a second, formatting and flushing each event for each stream
 * separately was what kept the senders behind.
 */
final class ClientStream {
    /** An event as written on the wire ({@code text/event-stream}), shared by every stream it is queued on. */
    record Event(byte[] bytes) {
        /** An event with this name and data (any line breaks become data lines), id may be null. */
        static Event of(String name, String data, String id) {
            StringBuilder b = new StringBuilder(data.length() + 48);
            if (id != null) {
                b.append("id: ").append(id).append('\n');
            }
            b.append("event: ").append(name).append('\n');
            for (String line : data.split("\r\n|\r|\n", -1)) {
                b.append("data: ").append(line).append('\n');
            }
            return new Event(b.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }

        /** Several events written as one. */
        static Event concat(List<Event> events) {
            if (events.size() == 1) {
                return events.get(0);
            }
            int length = events.stream().mapToInt(e -> e.bytes().length).sum();
            byte[] all = new byte[length];
            int at = 0;
            for (Event e : events) {
                System.arraycopy(e.bytes(), 0, all, at, e.bytes().length);
                at += e.bytes().length;
            }
            return new Event(all);
        }

        /** A comment line (keeps proxies from closing an idle stream). */
        static Event comment(String text) {
            return new Event((": " + text + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private final SseClient client;
    private final Queue<Event> backlog = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicReference<List<Event>> opening = new AtomicReference<>();
    private final int capacity;
    private final Executor sender;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final Runnable onDrop;

    ClientStream(SseClient client, int capacity, Executor sender, Runnable onDrop) {
        this.client = client;
        this.capacity = capacity;
        this.sender = sender;
        this.onDrop = onDrop;
    }

    /** The first events, before any {@link #offer}ed one: the hello and the missed changes (any number). */
    void open(List<Event> first) {
        opening.set(first);
        schedule();
    }

    /** Queues an event; drops the stream when its backlog is full. Never blocks. */
    void offer(Event e) {
        if (dropped.get()) {
            return;
        }
        if (queued.incrementAndGet() > capacity) {
            drop();
            return;
        }
        backlog.add(e);
        schedule();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            sender.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            try {
                OutputStream out = client.ctx().res().getOutputStream();
                List<Event> first = opening.getAndSet(null);
                if (first != null) {
                    for (Event e : first) {
                        write(out, e);
                    }
                }
                Event e;
                while ((e = backlog.poll()) != null) {
                    queued.decrementAndGet();
                    write(out, e);
                }
                out.flush();
            } catch (IOException | RuntimeException gone) {
                drop();
                return;
            }
            draining.set(false);
            // an event queued after the last poll but before the flag was cleared would wait for the next one
            if ((backlog.isEmpty() && opening.get() == null) || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void write(OutputStream out, Event e) throws IOException {
        if (client.terminated()) {
            throw new IOException("closed");
        }
        out.write(e.bytes());
    }

    private void drop() {
        if (dropped.compareAndSet(false, true)) {
            backlog.clear();
            onDrop.run();
            try {
                client.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    void close() {
        drop();
    }
}
