package whereabouts.track.meeting;

import java.util.ArrayList;
import java.util.List;
import whereabouts.track.Leg;
import whereabouts.track.Trajectory;

/**
 * A track's chain of {@link LegPrism}s, one per leg of positive duration, in time order: where the subject can
 * have been, along its routes, between its first and last reported instants. Immutable and thread-safe.
 */
public final class TrackPrisms {
    private final long trackId;
    private final List<LegPrism> legs;

    private TrackPrisms(long trackId, List<LegPrism> legs) {
        this.trackId = trackId;
        this.legs = List.copyOf(legs);
    }

    /** The prisms of a trajectory's legs, with the track's maximum speed as v_max. */
    public static TrackPrisms of(Trajectory trajectory) {
        double vmax = trajectory.track().maxSpeedKmh();
        List<LegPrism> out = new ArrayList<>(trajectory.legs().size());
        for (Leg leg : trajectory.legs()) {
            long start = leg.from().instant().toEpochMilli();
            long end = leg.to().instant().toEpochMilli();
            if (end > start) {
                out.add(new LegPrism(leg.index(), start, end, leg.from().locationUncertaintyOrZeroKm(),
                        leg.to().locationUncertaintyOrZeroKm(), vmax,
                        new RouteShape(leg.route().geometry(), leg.route().measuresKm())));
            }
        }
        return new TrackPrisms(trajectory.track().id(), out);
    }

    public long trackId() {
        return trackId;
    }

    List<LegPrism> legs() {
        return legs;
    }

    boolean isEmpty() {
        return legs.isEmpty();
    }

    long startMs() {
        return legs.get(0).startMs();
    }

    long endMs() {
        return legs.get(legs.size() - 1).endMs();
    }
}
