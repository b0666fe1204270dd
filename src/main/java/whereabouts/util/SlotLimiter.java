package whereabouts.util;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import whereabouts.error.AccessException;
import whereabouts.error.UnavailableException;

/**
 * Slots for heavy work: at most {@code perKey} at once per key (a user, token or address; beyond: an
 * {@link AccessException} "rate limited", 429) and {@code total} at once in all, with at most {@code queue} waiting
 * for a free slot, each for at most {@code maxWait} (beyond either: {@link UnavailableException} "busy", 503).
 * Thread-safe.
 */
public final class SlotLimiter {
    private final int perKey;
    private final int queue;
    private final Duration maxWait;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Map<String, Integer> byKey = new HashMap<>();

    public SlotLimiter(int perKey, int total, int queue, Duration maxWait) {
        this.perKey = perKey;
        this.queue = queue;
        this.maxWait = maxWait;
        this.running = new Semaphore(total, true);
    }

    /** A slot held until closed. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes a slot for {@code key}, waiting in the queue if every slot is taken. */
    public Slot acquire(String key) throws InterruptedException {
        enter(key);
        try {
            takeRunning();
        } catch (RuntimeException | InterruptedException e) {
            leave(key);
            throw e;
        }
        return new Slot() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    running.release();
                    leave(key);
                }
            }
        };
    }

    /** Requests waiting for a slot now. */
    public int waiting() {
        return waiting.get();
    }

    /** Slots in use by {@code key} now. */
    public int inUse(String key) {
        synchronized (byKey) {
            return byKey.getOrDefault(key, 0);
        }
    }

    private void enter(String key) {
        synchronized (byKey) {
            int n = byKey.getOrDefault(key, 0);
            if (n >= perKey) {
                throw AccessException.rateLimited("You already have " + n + " heavy request" + (n == 1 ? "" : "s")
                        + " (extraction, import, route or export) running, the most at once; try again when one has"
                        + " finished.", 1);
            }
            byKey.put(key, n + 1);
        }
    }

    private void leave(String key) {
        synchronized (byKey) {
            byKey.compute(key, (k, n) -> n == null || n <= 1 ? null : n - 1);
        }
    }

    private void takeRunning() throws InterruptedException {
        if (running.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static UnavailableException busy() {
        return UnavailableException.busy("The server is busy with other heavy requests (extraction, import, route "
                + "or export); try again in a few seconds.", 5);
    }
}
