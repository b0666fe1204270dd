package whereabouts.track.likely;

import java.util.List;
import whereabouts.track.Leg;

/**
 * How much a subject's speed varies, as the one parameter κ of {@link LikelyBandModel}: the variance of the mean
 * speed over a stretch of duration T is {@code κ / T} (relative to the mean speed squared), i.e. κ = c²·τ for
 * speeds that vary by a coefficient of variation c from one stretch of length τ to the next.
 *
 * <p><b>Fitted</b> to the track's own legs when it has at least {@value #MIN_LEGS} plausible moving legs (not
 * flagged, length &gt; 0, duration &gt; 0): with μ = Σ L_i / Σ T_i the time-weighted mean speed, each leg's mean
 * speed v_i = L_i / T_i has E[T_i·((v_i − μ)/μ)²] = κ, so
 * <pre>  κ̂ = Σ T_i·((v_i − μ)/μ)² / (N − 1)</pre>
 *
 * <p><b>Default</b> otherwise, from the one cited spread we have: the armoured train is reported at ≈ 37–60 km/h
 * over legs of about 7 h (design notes; Khasan → Ussuriysk, 260 km, took ≈ 7 h in 2019). Reading that range as
 * the central 90 % of 7-hour mean speeds gives c₇ = (60 − 37) / (2 · 1.645 · 48.5) = 0.144 and
 * κ = c₇² · 7 h = 0.145 h. No source gives a spread for the other modes; they use the same relative spread.
 *
 * @param kappaHours κ, hours, ≥ 0
 * @param legsUsed   legs it was fitted to (0 for the default)
 * @param basis      a human sentence saying where κ comes from
 */
public record SpeedSpread(double kappaHours, int legsUsed, String basis) {
    /** Fewest plausible moving legs to fit κ to the track's own movement. */
    public static final int MIN_LEGS = 8;
    /** The default κ, hours (see the class comment). */
    public static final double DEFAULT_KAPPA_HOURS = 0.145;

    public static SpeedSpread of(List<Leg> legs) {
        double sumLength = 0;
        double sumHours = 0;
        int n = 0;
        for (Leg leg : legs) {
            if (moving(leg)) {
                sumLength += leg.lengthKm();
                sumHours += leg.durationHours();
                n++;
            }
        }
        if (n < MIN_LEGS) {
            return new SpeedSpread(DEFAULT_KAPPA_HOURS, 0, "default (reported 37–60 km/h over ≈ 7 h legs); the "
                    + "track has " + n + " plausible moving leg" + (n == 1 ? "" : "s") + ", fewer than " + MIN_LEGS);
        }
        double mean = sumLength / sumHours;
        double sum = 0;
        for (Leg leg : legs) {
            if (moving(leg)) {
                double rel = (leg.speedKmh() - mean) / mean;
                sum += leg.durationHours() * rel * rel;
            }
        }
        return new SpeedSpread(sum / (n - 1), n, "fitted to the track's " + n + " plausible moving legs");
    }

    private static boolean moving(Leg leg) {
        return !leg.flags().any() && leg.speedKmh() != null && leg.lengthKm() > 0 && leg.durationHours() > 0;
    }
}
