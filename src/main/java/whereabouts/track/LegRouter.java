package whereabouts.track;

import whereabouts.geo.LatLon;
import whereabouts.rail.Route;

/**
 * The routing seam of the trajectory: how a leg between two reported positions is drawn. The trajectory code
 * depends on this interface only, never on the rail network's router, so that any router (geodesic today, the
 * rail network at integration) can be plugged in by the wiring:
 * <pre>{@code
 * LegRouter legs = (from, to, mode) -> mode == TravelMode.RAIL
 *         ? railRouter.route(from, to)            // adapt the rail Router's call here
 *         : geodesic.route(from, to, mode);
 * }</pre>
 * Implementations must be thread-safe and must not return null: when the mode's network cannot be used they
 * return a geodesic {@link Route} whose {@code reason} says why.
 */
@FunctionalInterface
public interface LegRouter {
    /**
     * @param from where the leg starts (a reported position)
     * @param to   where the leg ends (a reported position)
     * @param mode how the subject travels
     * @return the path; its geometry starts near {@code from} and ends near {@code to}
     */
    Route route(LatLon from, LatLon to, TravelMode mode);
}
