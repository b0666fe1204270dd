package whereabouts.service;

import java.util.List;
import whereabouts.geo.LatLon;
import whereabouts.rail.Route;
import whereabouts.rail.Router;
import whereabouts.track.LegRouter;
import whereabouts.track.TravelMode;

/**
 * Routes rail legs on the rail network (the Router itself falls back to a geodesic line, with a reason, when an end
 * is too far from the network or no path exists); every other mode goes to {@code otherModes}.
 */
public final class RailLegRouter implements LegRouter {
    private final Router rail;
    private final LegRouter otherModes;

    public RailLegRouter(Router rail, LegRouter otherModes) {
        this.rail = rail;
        this.otherModes = otherModes;
    }

    @Override
    public Route route(LatLon from, LatLon to, TravelMode mode) {
        return mode == TravelMode.RAIL ? rail.route(List.of(from, to), Route.RAIL) : otherModes.route(from, to, mode);
    }
}
