package whereabouts.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import whereabouts.track.Sighting;

/**
 * A change to a track's cached list of live sightings, applied in memory instead of reading the whole list again
 * after every write (issue #22: with 16 writers on one track each write re-read every sighting of the track,
 * twice). The list keeps the store's order ({@code observed_epoch_ms, id}). Both changes are idempotent (a list
 * that already has the change, because it was read from the store after the commit, is left as it is), which is
 * what lets {@link PerTrackCache#apply} race with a reader safely.
 */
final class SightingListChange {
    /** The store's order of a track's sightings: observed instant in milliseconds, then id. */
    static final Comparator<Sighting> STORE_ORDER = Comparator.<Sighting>comparingLong(s -> s.instant().toEpochMilli())
            .thenComparingLong(Sighting::id);

    private SightingListChange() {
    }

    /** {@code stored} is live (created, edited, restored): in the list once, as stored, in its place. */
    static UnaryOperator<List<Sighting>> upsert(Sighting stored) {
        return list -> {
            List<Sighting> out = new ArrayList<>(list.size() + 1);
            for (Sighting s : list) {
                if (s.id() != stored.id()) {
                    out.add(s);
                }
            }
            int at = java.util.Collections.binarySearch(out, stored, STORE_ORDER);
            out.add(at >= 0 ? at : -at - 1, stored);
            return List.copyOf(out);
        };
    }

    /** Sighting {@code sightingId} is deleted: not in the list. */
    static UnaryOperator<List<Sighting>> remove(long sightingId) {
        return list -> list.stream().filter(s -> s.id() != sightingId).toList();
    }
}
