package whereabouts.track;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import whereabouts.geo.Geodesy;

/**
 * Flags a leg whose two reports cannot both be true.
 *
 * <h2>Implausible</h2>
 * Even the most favourable instants inside the two reports' time windows leave too little time:
 * with {@code Δt_max = (t2 + u2) − (t1 − u1)} (hours), the leg is implausible when
 * {@code lengthKm / Δt_max > maxSpeedKmh}. When {@code Δt_max = 0} (same instant, no time uncertainty) the leg is
 * implausible when its length exceeds the sum of the two location uncertainties. {@code lengthKm} is the routed
 * length (along the rails for a rail leg), because that is the distance the subject must actually cover.
 *
 * <h2>Conflict</h2>
 * Two reports are <em>at the same time</em> when their closed time windows {@code [t − u, t + u]} share an
 * instant (equal instants always do, even with no uncertainty). They <em>conflict</em> when, in addition, the
 * places are farther apart (geodesic distance between the reported positions) than the two reports can explain:
 * {@code distanceKm > r1 + r2 + maxSpeedKmh · |t2 − t1|}, where r are the location uncertainties and t the
 * reported (nominal) instants. For reports at the same nominal instant this is exactly "farther apart than the
 * sum of the two radii"; the movement allowance keeps ordinary consecutive reports whose wide windows happen to
 * overlap (e.g. 15:00 ± 3 h and 17:00 ± 3 h, 100 km apart by train) from being called contradictory. Only
 * consecutive reports (the two ends of a leg) are compared.
 */
public final class PlausibilityCheck {
    private static final double SECONDS_PER_HOUR = 3600.0;

    private PlausibilityCheck() {
    }

    /**
     * @param from        the earlier report
     * @param to          the later report (not earlier than {@code from})
     * @param lengthKm    routed length of the leg, kilometres
     * @param maxSpeedKmh the track's fastest plausible speed, km/h
     */
    public static LegFlags check(Sighting from, Sighting to, double lengthKm, double maxSpeedKmh) {
        List<String> reasons = new ArrayList<>(2);
        boolean implausible = implausible(from, to, lengthKm, maxSpeedKmh, reasons);
        boolean conflict = conflict(from, to, maxSpeedKmh, reasons);
        return implausible || conflict ? new LegFlags(implausible, conflict, String.join("; ", reasons))
                : LegFlags.NONE;
    }

    private static boolean implausible(Sighting from, Sighting to, double lengthKm, double maxSpeedKmh,
                                       List<String> reasons) {
        double radiiKm = from.locationUncertaintyOrZeroKm() + to.locationUncertaintyOrZeroKm();
        double dtMaxHours = hours(TimeWindow.of(from).start(), TimeWindow.of(to).end());
        if (dtMaxHours <= 0) {
            if (lengthKm > radiiKm) {
                reasons.add(String.format(Locale.US, "needs to cover %,.0f km in no time (same instant, no time "
                        + "uncertainty); location uncertainties allow %,.0f km", lengthKm, radiiKm));
                return true;
            }
            return false;
        }
        double neededKmh = lengthKm / dtMaxHours;
        if (neededKmh > maxSpeedKmh) {
            reasons.add(String.format(Locale.US, "needs ≥ %,.0f km/h over %,.0f km in %,.1f h; max %,.0f km/h",
                    neededKmh, lengthKm, dtMaxHours, maxSpeedKmh));
            return true;
        }
        return false;
    }

    private static boolean conflict(Sighting from, Sighting to, double maxSpeedKmh, List<String> reasons) {
        if (!TimeWindow.of(from).overlaps(TimeWindow.of(to))) {
            return false;
        }
        double apartKm = Geodesy.distanceMeters(from.position(), to.position()) / 1000.0;
        double radiiKm = from.locationUncertaintyOrZeroKm() + to.locationUncertaintyOrZeroKm();
        double nominalHours = Math.abs(hours(from.instant(), to.instant()));
        double allowedKm = radiiKm + maxSpeedKmh * nominalHours;
        if (apartKm <= allowedKm) {
            return false;
        }
        reasons.add(nominalHours == 0
                ? String.format(Locale.US, "reported at the same time %,.0f km apart; location uncertainties "
                        + "allow %,.0f km", apartKm, radiiKm)
                : String.format(Locale.US, "reported at overlapping times %,.0f km apart; location uncertainties "
                        + "and %,.1f h at %,.0f km/h allow %,.0f km", apartKm, nominalHours, maxSpeedKmh, allowedKm));
        return true;
    }

    static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / SECONDS_PER_HOUR;
    }
}
