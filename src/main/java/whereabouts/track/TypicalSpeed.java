package whereabouts.track;

import java.util.List;
import whereabouts.network.Profile;

/**
 * The speed a track usually moves at, used to project it towards expected destinations: the median implied
 * speed of its plausible moving legs (not flagged, length &gt; 0, duration &gt; 0), or a default for its mode
 * when it has none.
 *
 * <p>Defaults, km/h: rail 45 (design.md: the armoured train is reported at ≈ 37–60 km/h; Khasan → Ussuriysk,
 * 260 km, took ≈ 7 h in 2019, i.e. 37 km/h), road 60 (a motorcade on mixed roads), sea 25 (≈ 13.5 knots, a
 * typical cruising speed), air 750 (a jet's cruise, ground speed).
 *
 * @param kmh       the speed, km/h
 * @param legsUsed  how many legs the median was taken over (0 when the default is used)
 * @param basis     a human sentence saying where the value comes from
 */
public record TypicalSpeed(double kmh, int legsUsed, String basis) {
    /** The mode's typical speed from its {@link Profile}, km/h. */
    public static double defaultKmh(TravelMode mode) {
        return Profile.of(mode.wire()).typicalSpeedKmh();
    }

    public static TypicalSpeed of(List<Leg> legs, TravelMode mode) {
        double[] speeds = legs.stream()
                .filter(l -> !l.flags().any() && l.speedKmh() != null && l.lengthKm() > 0)
                .mapToDouble(Leg::speedKmh).sorted().toArray();
        if (speeds.length == 0) {
            return new TypicalSpeed(defaultKmh(mode), 0, "default for " + mode.wire() + " (no plausible moving legs)");
        }
        int mid = speeds.length / 2;
        double median = speeds.length % 2 == 1 ? speeds[mid] : (speeds[mid - 1] + speeds[mid]) / 2;
        return new TypicalSpeed(median, speeds.length, "median of " + speeds.length + " plausible leg"
                + (speeds.length == 1 ? "" : "s"));
    }
}
