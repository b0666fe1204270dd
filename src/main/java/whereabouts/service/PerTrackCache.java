package whereabouts.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One value per track, built once per change to the track and then served from memory (a track's sightings
 * list, its trajectory).
 *
 * <p>Races: each track has a generation, bumped by {@link #invalidate} after every change. A value is stored with
 * the generation read <em>before</em> building it and served only while that is still the current generation, so
 * a value built from data read before a change is never served after it. When two callers build the same
 * generation at once, the first stored wins and both get it; an older generation never replaces a newer one.
 * {@link #apply} moves to the next generation with the change made to the current value instead of dropping it;
 * the change must be idempotent (a value built after the change was committed may already have it).
 */
final class PerTrackCache<V> {
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();
    private final Map<Long, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(long generation, V value) {
    }

    /** The track's current value: cached, or built with {@code build} and cached. */
    V get(long trackId, Supplier<V> build) {
        long generation = generations.getOrDefault(trackId, 0L);
        Entry<V> cached = entries.get(trackId);
        if (cached != null && cached.generation() == generation) {
            return cached.value();
        }
        V built = build.get();
        return entries.compute(trackId, (id, old) -> old != null && old.generation() >= generation
                ? old : new Entry<>(generation, built)).value();
    }

    /** Whether the track's value for its current generation is built. */
    boolean isCurrent(long trackId) {
        Entry<V> cached = entries.get(trackId);
        return cached != null && cached.generation() == generations.getOrDefault(trackId, 0L);
    }

    /**
     * Call after a change to the track whose effect on the value is known: the current value, if built, with
     * {@code change} applied becomes the value of the next generation (nothing is read again); otherwise the same
     * as {@link #invalidate}. {@code change} must be idempotent and quick (it runs under this cache's lock).
     */
    synchronized void apply(long trackId, UnaryOperator<V> change) {
        long generation = generations.getOrDefault(trackId, 0L);
        Entry<V> cached = entries.get(trackId);
        generations.put(trackId, generation + 1);
        if (cached != null && cached.generation() == generation) {
            entries.put(trackId, new Entry<>(generation + 1, change.apply(cached.value())));
        } else {
            entries.remove(trackId);
        }
    }

    /** Call after every change to the track (sighting created, updated, deleted; track updated or deleted). */
    synchronized void invalidate(long trackId) {
        generations.merge(trackId, 1L, Long::sum);
        entries.remove(trackId);
    }
}
