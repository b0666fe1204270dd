package whereabouts.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One value per track, built once per change to the track and then served from memory (a track's sightings
 * list, its trajectory).
 *
 * <p>Races: each track has a generation, bumped by {@link #invalidate} after every change. A value is stored with
 * the generation read <em>before</em> building it and served only while that is still the current generation, so
 * a value built from data read before a change is never served after it. When two callers build the same
 * generation at once, the first stored wins and both get it; an older generation never replaces a newer one.
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

    /** Call after every change to the track (sighting created, updated, deleted; track updated or deleted). */
    void invalidate(long trackId) {
        generations.merge(trackId, 1L, Long::sum);
        entries.remove(trackId);
    }
}
