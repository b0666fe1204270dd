package whereabouts.http;

import io.javalin.http.sse.SseClient;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open {@code /api/events} stream with its own bounded backlog. Events are queued by the fan-out and written
 * by a sender thread, one stream at a time, in order; a client that falls {@code capacity} events behind (stalled,
 * or too slow) is dropped instead of holding up the writer or the other streams. The page then reconnects and
 * catches up (its {@code hello} shows it missed changes).
 */
final class EventStream {
    /** An event to write: name and data, id may be null; a null name is a heartbeat comment. */
    record Event(String name, String data, String id) {
    }

    private final SseClient client;
    private final Queue<Event> backlog;
    private final Executor sender;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final Runnable onDrop;

    EventStream(SseClient client, int capacity, Executor sender, Runnable onDrop) {
        this.client = client;
        this.backlog = new ArrayBlockingQueue<>(capacity);
        this.sender = sender;
        this.onDrop = onDrop;
    }

    /** Queues an event; drops the stream when its backlog is full. Never blocks. */
    void offer(Event e) {
        if (dropped.get()) {
            return;
        }
        if (!backlog.offer(e)) {
            drop();
            return;
        }
        if (draining.compareAndSet(false, true)) {
            sender.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Event e;
            while ((e = backlog.poll()) != null) {
                if (!write(e)) {
                    drop();
                    return;
                }
            }
            draining.set(false);
            // an event queued after the last poll but before the flag was cleared would wait for the next one
            if (backlog.isEmpty() || !draining.compareAndSet(false, true)) {
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
