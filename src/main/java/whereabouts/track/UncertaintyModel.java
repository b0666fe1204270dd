package whereabouts.track;

import java.time.Instant;
import java.util.List;

/**
 * How far the true position may be from the estimate, kilometres.
 *
 * <p>The model is a linearised <em>space-time prism</em> (Hägerstrand's time geography): after a report at
 * {@code t_i} the subject may have stayed put or raced at {@code v_max} (the track's maxSpeedKmh), while the
 * estimate moves at the leg's implied speed {@code v_leg}. The estimate can therefore be wrong by up to
 * {@code max(v_leg, v_max − v_leg) · |t − t_i|} along the route, plus the report's own location uncertainty
 * {@code r_i}. So, between reports i and i+1 (leg i):
 * <pre>
 *   k    = max(v_leg, v_max − v_leg)                    speed spread, km/h
 *   u(t) = min( r_i + k·(t − t_i),  r_i+1 + k·(t_i+1 − t),  max(r_i, r_i+1) + L/2 )
 * </pre>
 * where L is the leg's routed length. The first two terms grow with the time to the nearest report (each
 * measured from its own report, so the minimum is continuous where "nearest" switches); the cap is what the
 * leg's geometry allows: the subject is on the leg, and at mid-leg no point of it is farther than L/2 from the
 * estimate. A minimum of continuous functions is continuous, and each piece is non-decreasing in
 * {@code |t − t_nearest|}, so u is continuous and monotone in it. Slow legs (v_leg small) get k ≈ v_max: the
 * subject may have moved fast and then waited; legs at about v_max/2 get the smallest spread.
 *
 * <p>Before the first report (within its window) and after the last one with no expected destination, nothing
 * constrains the direction: {@code u = r + v_max·|Δt|}. Towards an expected destination,
 * {@code u = r_last + max(v_typ, v_max − v_typ)·Δt}, capped at the largest location uncertainty plus the length
 * of the projection. Reports' time windows do not enter u: the estimate is anchored at the reported instants.
 */
public final class UncertaintyModel {
    private UncertaintyModel() {
    }

    /** The speed spread {@code k = max(v, v_max − v)}, km/h; {@code v_max} when v is unknown. */
    public static double spreadKmh(Double speedKmh, double maxSpeedKmh) {
        return speedKmh == null ? maxSpeedKmh : Math.max(speedKmh, maxSpeedKmh - speedKmh);
    }

    /** Uncertainty at {@code t} within leg {@code leg} (t between its reports' instants), kilometres. */
    public static double onLeg(Leg leg, Instant t, double maxSpeedKmh) {
        double k = spreadKmh(leg.speedKmh(), maxSpeedKmh);
        double r1 = leg.from().locationUncertaintyOrZeroKm();
        double r2 = leg.to().locationUncertaintyOrZeroKm();
        double fromStart = r1 + k * Math.abs(PlausibilityCheck.hours(leg.from().instant(), t));
        double fromEnd = r2 + k * Math.abs(PlausibilityCheck.hours(t, leg.to().instant()));
        double cap = Math.max(r1, r2) + leg.lengthKm() / 2;
        return Math.min(Math.min(fromStart, fromEnd), cap);
    }

    /** Uncertainty around a lone report with nothing known on that side of it, kilometres. */
    public static double unconstrained(Sighting s, Instant t, double maxSpeedKmh) {
        return s.locationUncertaintyOrZeroKm() + maxSpeedKmh * Math.abs(PlausibilityCheck.hours(s.instant(), t));
    }

    /** Uncertainty at {@code t} after the last report {@code last}, moving along {@code projections}. */
    public static double projected(Sighting last, List<Projection> projections, double typicalSpeedKmh,
                                   Instant t, double maxSpeedKmh) {
        double k = spreadKmh(typicalSpeedKmh, maxSpeedKmh);
        double grown = last.locationUncertaintyOrZeroKm() + k * Math.abs(PlausibilityCheck.hours(last.instant(), t));
        double maxRadius = last.locationUncertaintyOrZeroKm();
        double lengthKm = 0;
        for (Projection p : projections) {
            maxRadius = Math.max(maxRadius, p.to().locationUncertaintyOrZeroKm());
            lengthKm += p.lengthKm();
        }
        return Math.min(grown, maxRadius + lengthKm);
    }
}
