package whereabouts.http;

import io.javalin.http.sse.SseClient;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
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
 *
 * <p>Writes are non-blocking (Servlet async I/O, {@link #start}): a sender writes while the socket takes it and moves
 * on when it is full; Jetty calls back when there is room. So a client that stops reading costs its own backlog
 * and nothing else: no sender thread ever waits for it (with blocking writes, a few stalled clients whose socket
 * buffers were full held every sender until the connection timed out, and all the other streams with them).
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
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final Runnable onDrop;
    /** Guards the writing state below: one thread writes at a time (a sender, or Jetty's when the socket drains). */
    private final Object writing = new Object();
    private ServletOutputStream out;
    private final ArrayDeque<Event> current = new ArrayDeque<>();
    private boolean unflushed;
    /** The client's socket took no more, so the stream waits for it (its backlog grows meanwhile). */
    private volatile boolean waitingForClient;

    ClientStream(SseClient client, int capacity, Executor sender, Runnable onDrop) {
        this.client = client;
        this.capacity = capacity;
        this.sender = sender;
        this.onDrop = onDrop;
    }

    /**
     * Puts the response in non-blocking mode (the request must be asynchronous already, as an SSE handler's is):
     * from here on a write never waits for the client, the socket tells us when it can take more.
     */
    void start() {
        try {
            ServletOutputStream o = client.ctx().res().getOutputStream();
            synchronized (writing) {
                out = o;
            }
            o.setWriteListener(new WriteListener() {
                @Override
                public void onWritePossible() {
                    drain();
                }

                @Override
                public void onError(Throwable t) {
                    drop();
                }
            });
        } catch (IOException | RuntimeException gone) {
            drop();
        }
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
        if (scheduled.compareAndSet(false, true)) {
            sender.execute(() -> {
                scheduled.set(false);
                drain();
            });
        }
    }

    /**
     * Writes what is queued for as long as the socket takes it, then flushes; returns as soon as the socket is full
     * (Jetty calls {@code onWritePossible} when it has room again). Never blocks.
     */
    private void drain() {
        synchronized (writing) {
            if (out == null || dropped.get()) {
                return;
            }
            try {
                while (true) {
                    waitingForClient = !out.isReady();
                    if (waitingForClient) {
                        return; // Jetty calls onWritePossible when the socket has room
                    }
                    Event e = next();
                    if (e != null) {
                        out.write(e.bytes());
                        unflushed = true;
                    } else if (unflushed) {
                        unflushed = false;
                        out.flush();
                    } else {
                        return;
                    }
                }
            } catch (IOException | RuntimeException gone) {
                drop();
            }
        }
    }

    /** The next event to write: the opening ones, then the backlog. Under {@link #writing}. */
    private Event next() {
        List<Event> first = opening.getAndSet(null);
        if (first != null) {
            current.addAll(first);
        }
        if (current.isEmpty()) {
            Event e = backlog.poll();
            if (e == null) {
                return null;
            }
            queued.decrementAndGet();
            return e;
        }
        return current.poll();
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

    /** Whether the client's socket is full: the client reads slower than changes come, or not at all. */
    boolean waitingForClient() {
        return waitingForClient && !dropped.get();
    }
}
