package whereabouts.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import whereabouts.track.Sighting;

/**
 * The live sightings of each track, read from the store once per change instead of on every request (the map
 * page, the trajectory builder and every live client refetch them after each change).
 *
 * <p>Races: each track has a generation, bumped by {@link #invalidate} after every write to the track. A list is
 * stored with the generation read <em>before</em> reading the store and served only while that is still the
 * current generation, so a list read before a write is never served after it.
 */
final class SightingListCache {
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(long generation, List<Sighting> sightings) {
    }

    /** The track's sightings: cached, or read with {@code read} (an unmodifiable copy is kept and returned). */
    List<Sighting> get(long trackId, Supplier<List<Sighting>> read) {
        long generation = generations.getOrDefault(trackId, 0L);
        Entry cached = entries.get(trackId);
        if (cached != null && cached.generation() == generation) {
            return cached.sightings();
        }
        List<Sighting> sightings = List.copyOf(read.get());
        return entries.compute(trackId, (id, old) -> old != null && old.generation() >= generation
                ? old : new Entry(generation, sightings)).sightings();
    }

    /** Call after every write to the track (sighting created, updated, deleted; track updated or deleted). */
    void invalidate(long trackId) {
        generations.merge(trackId, 1L, Long::sum);
        entries.remove(trackId);
    }
}
