package whereabouts.http;

import io.javalin.http.sse.SseClient;
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
 */
final class ClientStream {
    /** An event to write: name and data, id may be null; a null name is a heartbeat comment. */
    record Event(String name, String data, String id) {
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
            List<Event> first = opening.getAndSet(null);
            if (first != null) {
                for (Event e : first) {
                    if (!write(e)) {
                        drop();
                        return;
                    }
                }
            }
            Event e;
            while ((e = backlog.poll()) != null) {
                queued.decrementAndGet();
                if (!write(e)) {
                    drop();
                    return;
                }
            }
            draining.set(false);
            // an event queued after the last poll but before the flag was cleared would wait for the next one
            if ((backlog.isEmpty() && opening.get() == null) || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private boolean write(Event e) {
        try {
            if (client.terminated()) {
                return false;
            }
            if (e.name() == null) {
                client.sendComment("heartbeat");
            } else if (e.id() == null) {
                client.sendEvent(e.name(), e.data());
            } else {
                client.sendEvent(e.name(), e.data(), e.id());
            }
            return !client.terminated();
        } catch (RuntimeException ex) {
            return false;
        }
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
