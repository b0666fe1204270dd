package whereabouts.track;

import java.util.Arrays;
import java.util.List;

/**
 * A track's reconstructed movement: its real sightings in time order, the legs between consecutive ones, the
 * projections towards expected destinations, and the typical speed. Immutable and thread-safe; built by
 * {@link TrajectoryBuilder}. Keeps the reported instants as a sorted array so that the leg or sighting around
 * an instant is found by binary search.
 */
public final class Trajectory {
    private final Track track;
    private final List<Sighting> sightings;
    private final List<Leg> legs;
    private final List<Projection> projections;
    private final TypicalSpeed typicalSpeed;
    private final long[] instantsMillis;
    private final long maxTimeUncertaintyMillis;

    /**
     * @param sightings reports of kind {@code sighting}, in time order
     * @param legs      one per consecutive pair of {@code sightings}, in order
     */
    public Trajectory(Track track, List<Sighting> sightings, List<Leg> legs, List<Projection> projections,
                      TypicalSpeed typicalSpeed) {
        if (legs.size() != Math.max(0, sightings.size() - 1)) {
            throw new IllegalArgumentException(sightings.size() + " sightings need " + Math.max(0,
                    sightings.size() - 1) + " legs, got " + legs.size());
        }
        this.track = track;
        this.sightings = List.copyOf(sightings);
        this.legs = List.copyOf(legs);
        this.projections = List.copyOf(projections);
        this.typicalSpeed = typicalSpeed;
        this.instantsMillis = this.sightings.stream().mapToLong(s -> s.instant().toEpochMilli()).toArray();
        for (int i = 1; i < instantsMillis.length; i++) {
            if (instantsMillis[i] < instantsMillis[i - 1]) {
                throw new IllegalArgumentException("sightings must be in time order");
            }
        }
        this.maxTimeUncertaintyMillis = this.sightings.stream()
                .mapToLong(s -> s.timeUncertaintyOrZeroMinutes() * 60_000L).max().orElse(0);
    }

    public Track track() {
        return track;
    }

    /** The reports of kind {@code sighting}, in time order (ties by id). */
    public List<Sighting> sightings() {
        return sightings;
    }

    public List<Leg> legs() {
        return legs;
    }

    /** Projections towards expected destinations, chained in time order; empty when there are none. */
    public List<Projection> projections() {
        return projections;
    }

    public TypicalSpeed typicalSpeed() {
        return typicalSpeed;
    }

    /** The largest time uncertainty of any sighting, milliseconds. */
    public long maxTimeUncertaintyMillis() {
        return maxTimeUncertaintyMillis;
    }

    /** Reported instant of sighting {@code i}, epoch milliseconds. */
    public long instantMillis(int i) {
        return instantsMillis[i];
    }

    /**
     * The index of the last sighting whose reported instant is at or before {@code epochMillis}, or -1 when
     * every sighting is later. O(log n).
     */
    public int lastSightingAtOrBefore(long epochMillis) {
        int found = Arrays.binarySearch(instantsMillis, epochMillis);
        if (found < 0) {
            return -found - 2;
        }
        while (found + 1 < instantsMillis.length && instantsMillis[found + 1] == epochMillis) {
            found++;
        }
        return found;
    }
}
