package whereabouts.track;

import java.time.Instant;
import java.util.List;

/**
 * How far the true position may be from the estimate, kilometres.
 *
 * <p>The model is a linearised <em>space-time prism</em> (Hägerstrand's time geography) along the leg's route:
 * after a report at {@code t_i} the subject may have stayed put or raced at {@code v_max} (the track's
 * maxSpeedKmh), while the estimate moves at the leg's implied speed {@code v_leg}, a fraction
 * {@code f = (t − t_i)/(t_i+1 − t_i)} of the way along. The estimate can therefore be wrong by up to
 * {@code max(v_leg, v_max − v_leg) · |t − t_i|} along the route, plus the report's own location uncertainty
 * {@code r_i}. So, between reports i and i+1 (leg i):
 * <pre>
 *   k    = max(v_leg, v_max − v_leg)                    speed spread, km/h
 *   u(t) = min( r_i + k·(t − t_i),  r_i+1 + k·(t_i+1 − t),  max(r_i, r_i+1) + L·max(f, 1 − f) )
 * </pre>
 * where L is the leg's routed length. The first two terms grow with the time to the nearest report (each
 * measured from its own report, so the minimum is continuous where "nearest" switches); the cap is what the
 * leg's geometry allows: the subject is somewhere on the leg, and no point of it is farther from the estimate
 * (at f·L) than its farther end, {@code L·max(f, 1 − f)} (until 2026-12 the cap was L/2, which holds only at
 * mid-leg: 100 km in 10 h at v_max 80 km/h gave 50 km after 1 h where the subject could be 70 km ahead of the
 * estimate). The cap changes at v_leg ≤ k, so u stays continuous; it is largest near the reports, so u is
 * <em>not</em> monotone in the time to the nearest report once the cap binds (the true prism is not either: late
 * in a slow leg the subject must be near its end).
 *
 * <p>Assumptions, so that u bounds the prism (the exact network prism of the meeting query,
 * {@code whereabouts.track.meeting.LegPrism}, does without the first two): the subject moves forward along the
 * leg's route (it does not go back past the earlier report or overshoot the later one: the route is what was
 * reported, detours are not modelled); its speed never exceeds v_max; each report's place is within r of the
 * truth at the reported instant (time windows are not used: the estimate is anchored at the reported instants).
 * Slow legs (v_leg small) get k ≈ v_max: the subject may have moved fast and then waited; legs at about v_max/2
 * get the smallest spread.
 *
 * <p>Before the first report (within its window) and after the last one with no expected destination, nothing
 * constrains the direction: {@code u = r + v_max·|Δt|}. Towards an expected destination,
 * {@code u = r_last + max(v_typ, v_max − v_typ)·Δt}, capped at the largest location uncertainty plus the length
 * of the projection.
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
        double spanHours = PlausibilityCheck.hours(leg.from().instant(), leg.to().instant());
        double f = spanHours > 0
                ? Math.min(1, Math.max(0, PlausibilityCheck.hours(leg.from().instant(), t) / spanHours)) : 0.5;
        double cap = Math.max(r1, r2) + leg.lengthKm() * Math.max(f, 1 - f);
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
