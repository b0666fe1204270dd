package whereabouts.track;

import java.time.Instant;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;

/**
 * Where the subject is expected to go next: from the last real sighting (or the previous expected destination)
 * along the route to a report of kind {@code expected}, at the track's typical speed.
 *
 * @param index           position among the projections, 0-based
 * @param from            where the projection starts: the last real sighting or the previous destination
 * @param to              the expected destination
 * @param route           the router's answer
 * @param line            the route's geometry, measured for interpolation
 * @param typicalSpeedKmh the speed assumed, km/h
 * @param departure       when the subject is assumed to leave {@code from}
 * @param eta             when it arrives at {@code to} at the typical speed
 */
public record Projection(int index, Sighting from, Sighting to, Route route, MeasuredPolyline line,
                         double typicalSpeedKmh, Instant departure, Instant eta) {

    /** Routed length, kilometres. */
    public double lengthKm() {
        return route.lengthKm();
    }

    /** The point a fraction [0, 1] of the way along the projection (by geodesic length). */
    public LatLon pointAtFraction(double fraction) {
        return line.pointAtFraction(fraction);
    }
}
