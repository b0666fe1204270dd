package whereabouts.track.likely;

import java.time.Duration;
import java.util.List;
import whereabouts.track.Leg;
import whereabouts.track.MeasuredPolyline;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Projection;
import whereabouts.track.Sighting;
import whereabouts.track.Trajectory;

/**
 * The likely band: the central 50 % and 90 % of where the subject probably is along its route, beside the
 * feasible band (the worst case, {@link whereabouts.track.UncertaintyModel}).
 *
 * <h2>Model</h2>
 * The subject moves along the leg's route with a speed that varies at random from one stretch of time to the next
 * (independent stretches, mean μ, coefficient of variation c, stretch length τ), conditioned on being at the two
 * reports at their instants. Its progress at time t of a leg of length L and duration T = t2 − t1 is then the
 * share S(t)/S(T) of the distance covered; for many stretches this is close to normal (delta method), with
 * <pre>
 *   mean = L·f,   f = (t − t1)/T                                   (the estimate: uniform speed)
 *   sd²  = κ·v²·(t − t1)·(t2 − t)/T  +  ((1 − f)·σ1)² + (f·σ2)²       km²
 * </pre>
 * where v = L/T is the leg's speed, κ = c²·τ the speed spread ({@link SpeedSpread}: fitted to the track's legs,
 * or the cited default), and σ_i = r_i / 1.645 the reports' location uncertainty read as a 90 % radius (so at
 * a report the 90 % band is its radius). The first term is a Brownian bridge: zero at both reports, largest
 * mid-leg, growing with the leg's duration. Towards an expected destination (projected), the position is the
 * typical speed times the elapsed time Δt, with {@code sd² = κ·v_typ²·Δt + σ_last²} (the mean speed over Δt is
 * uncertain by κ/Δt relative).
 *
 * <p>The bands are {@code ±0.674·sd} (50 %) and {@code ±1.645·sd} (90 %), each capped at the feasible
 * uncertainty (the subject cannot be where it could not have got to).
 *
 * <h2>Assumptions</h2>
 * <ul>
 *   <li>Speeds of successive stretches are independent (no long stops that the legs' own spread does not show;
 *       a subject that sits for a day mid-leg is what the feasible band is for).</li>
 *   <li>The reports are true; a leg flagged implausible gets the same formula (its speed is the implied one).</li>
 *   <li>Reports' time uncertainty is not modelled (as in the estimate, which is anchored at reported
 *       instants).</li>
 *   <li>Before the first report, and after the last with no expected destination, there is no band (nothing
 *       says which way the subject went).</li>
 * </ul>
 * Checked by {@code LikelyBandCoverageTest}: on a synthetic track moving by this model, the 50 % band holds the
 * true position at 40–60 % of sampled instants and the 90 % band at 85–95 %. Thread-safe.
 */
public final class LikelyBandModel {
    static final double Z50 = 0.6745;
    static final double Z90 = 1.6449;

    /** The band for an estimate of {@code trajectory}'s subject; null when there is none (see the class comment). */
    public LikelyBand band(Trajectory trajectory, PositionEstimate e) {
        if (e.position() == null || e.uncertaintyKm() == null) {
            return null;
        }
        SpeedSpread spread = SpeedSpread.of(trajectory.legs());
        double kappa = spread.kappaHours();
        switch (e.status()) {
            case AT_SIGHTING -> {
                Sighting s = trajectory.sightings().stream().filter(x -> x.id() == e.sightingId()).findFirst()
                        .orElse(null);
                double sd = s == null ? 0 : sigma(s);
                return band(sd, e.uncertaintyKm(), null, 0, spread);
            }
            case IN_TRANSIT -> {
                Leg leg = trajectory.legs().get(e.legIndex());
                double f = e.fraction();
                double hours = leg.durationHours();
                double v = leg.speedKmh() == null ? 0 : leg.speedKmh();
                double bridge = kappa * v * v * (f * hours) * ((1 - f) * hours) / Math.max(hours, 1e-9);
                double ends = sq((1 - f) * sigma(leg.from())) + sq(f * sigma(leg.to()));
                return band(Math.sqrt(bridge + ends), e.uncertaintyKm(), leg.line(), f * leg.line().lengthMeters(),
                        spread);
            }
            case PROJECTED -> {
                List<Projection> projections = trajectory.projections();
                Projection p = projections.get(e.legIndex());
                Sighting last = trajectory.sightings().get(trajectory.sightings().size() - 1);
                double dtHours = Math.max(0, Duration.between(last.instant(), e.at()).toMillis() / 3_600_000.0);
                double v = p.typicalSpeedKmh();
                double sd = Math.sqrt(kappa * v * v * dtHours + sq(sigma(last)));
                return band(sd, e.uncertaintyKm(), p.line(), e.fraction() * p.line().lengthMeters(), spread);
            }
            default -> {
                return null;
            }
        }
    }

    private static LikelyBand band(double sdKm, double feasibleKm, MeasuredPolyline line, double alongMeters,
                                   SpeedSpread spread) {
        double km50 = Math.min(Z50 * sdKm, feasibleKm);
        double km90 = Math.min(Z90 * sdKm, feasibleKm);
        return new LikelyBand(km50, km90,
                line == null ? null : line.slice(alongMeters - km50 * 1000, alongMeters + km50 * 1000),
                line == null ? null : line.slice(alongMeters - km90 * 1000, alongMeters + km90 * 1000),
                sdKm, spread.basis());
    }

    private static double sigma(Sighting s) {
        return s.locationUncertaintyOrZeroKm() / Z90;
    }

    private static double sq(double x) {
        return x * x;
    }
}
