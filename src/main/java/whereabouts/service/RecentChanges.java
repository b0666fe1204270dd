package whereabouts.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The last {@code capacity} changes (or whatever stands for them, e.g. the event written for each), oldest first,
 * so that a listener that lost its connection can be given exactly the changes it missed. Changes must be added
 * in sequence order without gaps (as {@link ChangeFeed} publishes them). Not thread-safe: one thread adds and
 * reads (the event fan-out).
 *
 * @param <T> what is kept for each change
 */
public final class RecentChanges<T> {
    private final Object[] ring;
    private final ToLongFunction<T> sequenceOf;
    private long added;

    public RecentChanges(int capacity, ToLongFunction<T> sequenceOf) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.ring = new Object[capacity];
        this.sequenceOf = sequenceOf;
    }

    public void add(T change) {
        ring[(int) (added % ring.length)] = change;
        added++;
    }

    /**
     * The changes after the one numbered {@code sequence}, in order; empty when that is not known here: older
     * than the ring holds, or newer than the latest change (a number from another server or an earlier run).
     */
    public Optional<List<T>> after(long sequence) {
        long latest = added == 0 ? 0 : sequenceOf.applyAsLong(at(added - 1));
        if (sequence > latest || sequence < 0) {
            return Optional.empty();
        }
        int missed = (int) Math.min(latest - sequence, Integer.MAX_VALUE);
        if (missed > Math.min(added, ring.length)) {
            return Optional.empty();
        }
        List<T> out = new ArrayList<>(missed);
        for (long i = added - missed; i < added; i++) {
            out.add(at(i));
        }
        return Optional.of(out);
    }

    @SuppressWarnings("unchecked")
    private T at(long index) {
        return (T) ring[(int) (index % ring.length)];
    }
}
