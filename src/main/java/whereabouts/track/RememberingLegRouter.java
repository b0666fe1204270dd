package whereabouts.track;

import java.util.Map;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;
import whereabouts.util.LruMap;

/**
 * Remembers routed legs by their two ends and the travel mode, so that rebuilding a trajectory after one change
 * routes only the legs that changed (a track of 10,000 sightings is rebuilt after every new report). Routes are
 * immutable values and the network does not change while the server runs, so a remembered route is always the
 * one the router would give again. Keeps the {@value #CAPACITY} most recently used; thread-safe.
 */
public final class RememberingLegRouter implements LegRouter {
    static final int CAPACITY = 100_000;

    private record Key(LatLon from, LatLon to, TravelMode mode) {
    }

    private final LegRouter router;
    private final Map<Key, Route> routes;

    public RememberingLegRouter(LegRouter router) {
        this(router, CAPACITY);
    }

    RememberingLegRouter(LegRouter router, int capacity) {
        this.router = router;
        this.routes = new LruMap<>(capacity);
    }

    @Override
    public Route route(LatLon from, LatLon to, TravelMode mode) {
        Key key = new Key(from, to, mode);
        synchronized (routes) {
            Route known = routes.get(key);
            if (known != null) {
                return known;
            }
        }
        Route route = router.route(from, to, mode); // outside the lock: legs are routed in parallel
        synchronized (routes) {
            routes.put(key, route);
        }
        return route;
    }
}
