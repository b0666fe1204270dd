package whereabouts.track;

import whereabouts.geo.LatLon;
import whereabouts.network.Route;

/**
 * The routing seam of the trajectory: how a leg between two reported positions is drawn. The trajectory code
 * depends on this interface only, never on the rail network's router; the wiring plugs in
 * {@code whereabouts.service.ModeLegRouter} (each leg on its own mode's network, geodesic where a mode has none)
 * or, in tests,
 * {@link GeodesicLegRouter}.
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
