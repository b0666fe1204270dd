package whereabouts.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;
import whereabouts.network.Router;
import whereabouts.track.LegRouter;
import whereabouts.track.TravelMode;

/**
 * Routes each leg on the network of its own mode: one {@link Router} per mode that has a network (rail: the
 * shipped corridors or an import; sea: MARNET; road: an OSM import), each with its mode's profile. A mode without
 * a network (air always; road before an import) goes to {@code withoutNetwork}, which draws the geodesic and says
 * why. Each router itself falls back to a geodesic line, with a reason, when an end is too far from its network or
 * no path exists. Thread-safe.
 */
public final class ModeLegRouter implements LegRouter {
    private final Map<TravelMode, Router> networks;
    private final LegRouter withoutNetwork;

    /** @param networks the router of each mode that has a network (modes absent here go to withoutNetwork) */
    public ModeLegRouter(Map<TravelMode, Router> networks, LegRouter withoutNetwork) {
        this.networks = networks.isEmpty() ? Map.of() : new EnumMap<>(networks);
        this.withoutNetwork = withoutNetwork;
    }

    @Override
    public Route route(LatLon from, LatLon to, TravelMode mode) {
        Router router = networks.get(mode);
        return router == null ? withoutNetwork.route(from, to, mode)
                : router.route(List.of(from, to), router.profile().mode());
    }
}
