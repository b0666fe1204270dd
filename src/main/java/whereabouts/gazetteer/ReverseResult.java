package whereabouts.gazetteer;

import java.util.Locale;
import whereabouts.geo.Geodesy;

/**
 * The place a point is described relative to, e.g. "12 km NE of Khasan".
 *
 * @param place          the reference place
 * @param distanceKm     geodesic distance from the place to the point, kilometres
 * @param bearingDegrees initial bearing from the place TO the point, degrees clockwise from north, [0, 360)
 * @param text           human description: "at Khasan" (under 0.5 km), "&lt;1 km NE of Khasan" (under 1 km),
 *                       otherwise whole kilometres, "12 km NE of Khasan"
 */
public record ReverseResult(Place place, double distanceKm, double bearingDegrees, String text) {
    /** Distance below which a point is described as being "at" the place, kilometres. */
    public static final double AT_PLACE_KM = 0.5;

    /** Builds the result and its text from distance and bearing. */
    public static ReverseResult of(Place place, double distanceKm, double bearingDegrees) {
        return new ReverseResult(place, distanceKm, bearingDegrees, describe(place.name(), distanceKm, bearingDegrees));
    }

    /** Eight-point compass direction of {@link #bearingDegrees()}: N, NE, E … */
    public String compass() {
        return Geodesy.compass8(bearingDegrees);
    }

    static String describe(String placeName, double distanceKm, double bearingDegrees) {
        if (distanceKm < AT_PLACE_KM) {
            return "at " + placeName;
        }
        String compass = Geodesy.compass8(bearingDegrees);
        if (distanceKm < 1.0) {
            return "<1 km " + compass + " of " + placeName;
        }
        return String.format(Locale.ROOT, "%d km %s of %s", Math.round(distanceKm), compass, placeName);
    }
}
