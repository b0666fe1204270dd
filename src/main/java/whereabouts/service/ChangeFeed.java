package whereabouts.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** In-process publish/subscribe of {@link TrackChange}s (feeds caches and Server-Sent Events). */
public final class ChangeFeed {
    private final List<Consumer<TrackChange>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Registers a listener; run the returned handle to unsubscribe. */
    public Runnable subscribe(Consumer<TrackChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Numbers the change and tells every listener, atomically: listeners see changes in sequence order. Listeners
     * must be quick (queue the work, invalidate a cache); slow work belongs on their own threads.
     */
    public synchronized TrackChange publish(String type, long trackId, Long sightingId) {
        TrackChange change = new TrackChange(sequence.incrementAndGet(), type, trackId, sightingId);
        for (Consumer<TrackChange> l : listeners) {
            l.accept(change);
        }
        return change;
    }

    /** The sequence number of the latest change, 0 when none. */
    public long lastSequence() {
        return sequence.get();
    }
}
