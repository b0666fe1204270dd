package whereabouts.track;

import whereabouts.geo.LatLon;
import whereabouts.network.Route;

/**
 * The path between two consecutive reports of kind {@code sighting}, as routed in the track's mode.
 *
 * @param index         position in the trajectory, 0-based
 * @param from          the earlier report
 * @param to            the later report
 * @param route         the router's answer (mode {@code rail} or {@code geodesic}, reason, stations passed)
 * @param line          the route's geometry with its measures (km-post chainage on rail), for interpolation
 * @param durationHours time between the two reported instants, hours (0 when they are equal)
 * @param speedKmh      implied speed {@code lengthKm / durationHours}, km/h; null when the duration is 0
 * @param flags         implausible / conflict, with the reason
 * @param mode          how the subject travelled this leg: the later sighting's {@code arrivedBy}, else the
 *                      track's mode ({@code route.mode()} says what it was routed on: rail, road, sea, geodesic)
 */
public record Leg(int index, Sighting from, Sighting to, Route route, MeasuredPolyline line, double durationHours,
                  Double speedKmh, LegFlags flags, TravelMode mode) {

    /** Routed length, kilometres. */
    public double lengthKm() {
        return route.lengthKm();
    }

    /** The point a fraction [0, 1] of the way along the leg (by its measure: km posts on rail). */
    public LatLon pointAtFraction(double fraction) {
        return line.pointAtFraction(fraction);
    }
}
