package whereabouts.track;

import java.time.Instant;
import java.util.List;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;

/**
 * Estimates where the subject of a {@link Trajectory} is at an instant.
 * <ul>
 *   <li>{@code at-sighting}: the instant lies within a sighting's time window {@code [t − u, t + u]}; when
 *       several windows contain it, the sighting whose reported instant is nearest wins (ties: the earlier).
 *       The position is the reported one.</li>
 *   <li>{@code before-first}: earlier than the first sighting and in no window: no position.</li>
 *   <li>{@code in-transit}: between the reported instants {@code t_i ≤ t < t_i+1} of leg i, outside every
 *       window: the point {@code fraction = (t − t_i) / (t_i+1 − t_i)} of the way along the leg's geometry by
 *       cumulative geodesic length (constant speed along the route).</li>
 *   <li>{@code after-last}: later than the last sighting's window with no expected destination: the last
 *       position.</li>
 *   <li>{@code projected}: later than the last sighting's window with expected destinations: moving from the
 *       last sighting's instant along the projections at the typical speed, stopping at the final
 *       destination.</li>
 * </ul>
 * At a window's edge the position steps from the reported place to the uniform-speed estimate; the step is at
 * most {@code v_leg · u}, which the uncertainty radius there ({@code ≥ r + k·u} with {@code k ≥ v_leg}) always
 * covers. Uncertainty: {@link UncertaintyModel}. Cost per query: two binary searches (sighting instants, then
 * the leg's cumulative lengths) plus one geodesic interpolation, and a scan of the sightings whose reported
 * instants lie within the largest time uncertainty of the instant. Thread-safe.
 */
public final class PositionEstimator {
    private final PlaceDescriber describer;

    /** @param describer puts positions into words; {@link PlaceDescriber#NONE} until a gazetteer is wired */
    public PositionEstimator(PlaceDescriber describer) {
        this.describer = describer;
    }

    public PositionEstimate estimate(Trajectory trajectory, Instant at) {
        List<Sighting> sightings = trajectory.sightings();
        if (sightings.isEmpty()) {
            return new PositionEstimate(at, PositionStatus.NO_SIGHTINGS, null, null, null, null, null, null, null);
        }
        long ms = at.toEpochMilli();
        int before = trajectory.lastSightingAtOrBefore(ms);
        int within = sightingWithWindowContaining(trajectory, ms, before);
        if (within >= 0) {
            Sighting s = sightings.get(within);
            return estimate(at, PositionStatus.AT_SIGHTING, s.position(), null, null,
                    uncertaintyKm(trajectory, before, at), s.id(), null);
        }
        if (before < 0) {
            return new PositionEstimate(at, PositionStatus.BEFORE_FIRST, null, null, null, null, null, null, null);
        }
        if (before < sightings.size() - 1) {
            Leg leg = trajectory.legs().get(before);
            double fraction = (double) (ms - trajectory.instantMillis(before))
                    / (trajectory.instantMillis(before + 1) - trajectory.instantMillis(before));
            double uncertaintyKm = uncertaintyKm(trajectory, before, at);
            return estimate(at, PositionStatus.IN_TRANSIT, leg.pointAtFraction(fraction), leg.index(), fraction,
                    uncertaintyKm, null, stretch(leg.route(), leg.line(), fraction, uncertaintyKm));
        }
        Sighting last = sightings.get(before);
        if (trajectory.projections().isEmpty()) {
            return estimate(at, PositionStatus.AFTER_LAST, last.position(), null, null,
                    uncertaintyKm(trajectory, before, at), last.id(), null);
        }
        return projected(trajectory, at);
    }

    private PositionEstimate projected(Trajectory trajectory, Instant at) {
        List<Projection> projections = trajectory.projections();
        Projection p = projections.get(projections.size() - 1);
        double fraction = 1;
        for (Projection candidate : projections) {
            if (at.isBefore(candidate.eta())) {
                p = candidate;
                long span = candidate.eta().toEpochMilli() - candidate.departure().toEpochMilli();
                fraction = span <= 0 ? 1 : Math.max(0.0,
                        (double) (at.toEpochMilli() - candidate.departure().toEpochMilli()) / span);
                break;
            }
        }
        int last = trajectory.sightings().size() - 1;
        double uncertaintyKm = uncertaintyKm(trajectory, last, at);
        return estimate(at, PositionStatus.PROJECTED, p.pointAtFraction(fraction), p.index(), fraction,
                uncertaintyKm, p.to().id(), stretch(p.route(), p.line(), fraction, uncertaintyKm));
    }

    private PositionEstimate estimate(Instant at, PositionStatus status, LatLon position, Integer legIndex,
                                      Double fraction, double uncertaintyKm, Long sightingId, List<LatLon> stretch) {
        return new PositionEstimate(at, status, position, legIndex, fraction, uncertaintyKm,
                describer.describe(position), sightingId, stretch);
    }

    /**
     * The part of a networked route (rail, road, sea) within {@code uncertaintyKm} of the point {@code fraction}
     * along it, measured along the line (a train cannot leave the track, a car the road); null for a geodesic.
     */
    private static List<LatLon> stretch(Route route, MeasuredPolyline line, double fraction, double uncertaintyKm) {
        if (Route.GEODESIC.equals(route.mode())) {
            return null;
        }
        double alongMeters = fraction * line.lengthMeters();
        return line.slice(alongMeters - uncertaintyKm * 1000, alongMeters + uncertaintyKm * 1000);
    }

    /**
     * The sighting whose time window contains {@code ms} and whose reported instant is nearest to it, or -1.
     * Walks outwards from the instant's neighbours in order of distance in time, stopping beyond the largest
     * time uncertainty of the trajectory.
     */
    private static int sightingWithWindowContaining(Trajectory trajectory, long ms, int before) {
        List<Sighting> sightings = trajectory.sightings();
        long reach = trajectory.maxTimeUncertaintyMillis();
        int left = before;
        int right = before + 1;
        while (left >= 0 || right < sightings.size()) {
            long dl = left >= 0 ? ms - trajectory.instantMillis(left) : Long.MAX_VALUE;
            long dr = right < sightings.size() ? trajectory.instantMillis(right) - ms : Long.MAX_VALUE;
            if (Math.min(dl, dr) > reach) {
                return -1;
            }
            int candidate = dl <= dr ? left-- : right++;
            if (Math.min(dl, dr) <= sightings.get(candidate).timeUncertaintyOrZeroMinutes() * 60_000L) {
                return candidate;
            }
        }
        return -1;
    }

    /** See {@link UncertaintyModel}: chosen by where {@code at} lies relative to the reported instants. */
    private static double uncertaintyKm(Trajectory trajectory, int before, Instant at) {
        double maxSpeedKmh = trajectory.track().maxSpeedKmh();
        List<Sighting> sightings = trajectory.sightings();
        if (before < 0) {
            return UncertaintyModel.unconstrained(sightings.get(0), at, maxSpeedKmh);
        }
        if (before < sightings.size() - 1) {
            return UncertaintyModel.onLeg(trajectory.legs().get(before), at, maxSpeedKmh);
        }
        Sighting last = sightings.get(before);
        return trajectory.projections().isEmpty()
                ? UncertaintyModel.unconstrained(last, at, maxSpeedKmh)
                : UncertaintyModel.projected(last, trajectory.projections(), trajectory.typicalSpeed().kmh(), at,
                        maxSpeedKmh);
    }
}
