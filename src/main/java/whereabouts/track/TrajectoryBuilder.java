package whereabouts.track;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import whereabouts.network.Route;

/**
 * Builds a {@link Trajectory} from a track and its reports: the reports of kind {@code sighting} in time order
 * (ties by id), a leg per consecutive pair routed by the {@link LegRouter} in its own mode (the later sighting's
 * {@code arrivedBy}, else the track's) and checked by
 * {@link PlausibilityCheck}, the {@link TypicalSpeed}, and projections towards the reports of kind
 * {@code expected} whose time window has not ended before the last sighting, chained in time order from the
 * last sighting and timed at the typical speed. One routing call per leg (legs are routed in parallel) and per
 * projection; thread-safe.
 */
public final class TrajectoryBuilder {
    private static final Comparator<Sighting> TIME_ORDER =
            Comparator.comparing(Sighting::instant).thenComparingLong(Sighting::id);

    private final LegRouter router;

    public TrajectoryBuilder(LegRouter router) {
        this.router = router;
    }

    /** @param reports all of the track's live reports, in any order */
    public Trajectory build(Track track, List<Sighting> reports) {
        List<Sighting> sightings = reports.stream().filter(s -> s.kind() == SightingKind.SIGHTING)
                .sorted(TIME_ORDER).toList();
        // legs are independent of each other: route them in parallel (thousands of legs on a long track)
        List<Leg> legs = IntStream.range(1, Math.max(1, sightings.size())).parallel()
                .mapToObj(i -> leg(track, i - 1, sightings.get(i - 1), sightings.get(i))).toList();
        TypicalSpeed typical = TypicalSpeed.of(legs.stream().filter(l -> l.mode() == track.mode()).toList(),
                track.mode());
        List<Projection> projections = sightings.isEmpty() ? List.of()
                : projections(track, sightings.get(sightings.size() - 1), reports, typical);
        return new Trajectory(track, sightings, legs, projections, typical);
    }

    private Leg leg(Track track, int index, Sighting from, Sighting to) {
        TravelMode mode = to.modeOr(track.mode());
        Route route = router.route(from.position(), to.position(), mode);
        double hours = PlausibilityCheck.hours(from.instant(), to.instant());
        Double speed = hours > 0 ? route.lengthKm() / hours : null;
        LegFlags flags = PlausibilityCheck.check(from, to, route.lengthKm(), maxSpeedKmh(track, mode));
        return new Leg(index, from, to, route, measured(route), hours, speed, flags, mode);
    }

    /** The track's own maximum for legs in its mode; another mode's default for legs in that mode (mixed journeys). */
    static double maxSpeedKmh(Track track, TravelMode mode) {
        return mode == track.mode() ? track.maxSpeedKmh() : TrackValidator.defaultMaxSpeedKmh(mode);
    }

    /**
     * Projections at the track's typical speed in its mode, the mode's default elsewhere; where no speed was
     * observed in the mode and the route has a travel time of its own (an imported road network: each road's
     * maxspeed or its class's default), at the route's time.
     */
    private List<Projection> projections(Track track, Sighting last, List<Sighting> reports, TypicalSpeed typical) {
        List<Sighting> destinations = reports.stream()
                .filter(s -> s.kind() == SightingKind.EXPECTED)
                .filter(s -> !TimeWindow.of(s).end().isBefore(last.instant()))
                .sorted(TIME_ORDER).toList();
        List<Projection> out = new ArrayList<>(destinations.size());
        Sighting from = last;
        Instant departure = last.instant();
        for (Sighting to : destinations) {
            TravelMode mode = to.modeOr(track.mode());
            boolean observed = mode == track.mode() && typical.legsUsed() > 0;
            double kmh = mode == track.mode() ? typical.kmh() : TypicalSpeed.defaultKmh(mode);
            Route route = router.route(from.position(), to.position(), mode);
            double hours = route.lengthKm() / kmh;
            if (!observed && route.travelMinutes() != null && route.travelMinutes() > 0) {
                hours = route.travelMinutes() / 60.0;
                kmh = route.lengthKm() / hours;
            }
            Instant eta = departure.plus(Duration.ofMillis(Math.round(hours * 3_600_000)));
            out.add(new Projection(out.size(), from, to, route, measured(route), kmh,
                    departure, eta));
            from = to;
            departure = eta;
        }
        return out;
    }

    /** The route's line, measured as the route is (km-post chainage on rail, geodesic otherwise). */
    private static MeasuredPolyline measured(Route route) {
        return new MeasuredPolyline(route.geometry(), route.measuresKm());
    }
}
