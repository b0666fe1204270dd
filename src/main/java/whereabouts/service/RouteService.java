package whereabouts.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import whereabouts.error.InvalidInputException;
import whereabouts.geo.GeoJson;
import whereabouts.geo.GeodesicInverse;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.json.Json;
import whereabouts.network.Route;
import whereabouts.network.Router;
import whereabouts.track.GeodesicLegRouter;
import whereabouts.track.TravelMode;

/** Distances and routes between places given by name or as lat,lon. */
public final class RouteService {
    private static final int MAX_VIA = 10;

    /** Metres in one international nautical mile. */
    public static final double METERS_PER_NAUTICAL_MILE = 1852.0;

    private final PlaceLookup places;
    private final Map<TravelMode, Router> routers;
    private final ObjectMapper json = Json.newMapper();

    /** @param routers the router of each mode that has a network (see {@code Geodata.routers}); rail is required */
    public RouteService(PlaceLookup places, Map<TravelMode, Router> routers) {
        if (!routers.containsKey(TravelMode.RAIL)) {
            throw new IllegalArgumentException("a rail router is required");
        }
        this.places = places;
        this.routers = Map.copyOf(routers);
    }

    /** Geodesic distance and bearings between two places. */
    public ObjectNode distance(String from, String to) {
        PlaceLookup.Located a = places.locate(from, "from", null);
        PlaceLookup.Located b = places.locate(to, "to", a.position());
        GeodesicInverse g = Geodesy.inverse(a.position(), b.position());
        ObjectNode out = json.createObjectNode();
        out.set("from", endpoint(a));
        out.set("to", endpoint(b));
        out.put("distanceMeters", Math.round(g.distanceMeters() * 1000) / 1000.0);
        out.put("distanceKm", Math.round(g.distanceMeters()) / 1000.0);
        out.put("initialBearingDegrees", round1(g.initialBearingDegrees()));
        out.put("finalBearingDegrees", round1(g.finalBearingDegrees()));
        out.put("text", String.format(Locale.ROOT, "%,.0f km %s", g.distanceKm(),
                Geodesy.compass8(g.initialBearingDegrees())));
        return out;
    }

    /**
     * A route as a GeoJSON Feature.
     *
     * @param vias intermediate places, visited in order (may be empty)
     * @param mode {@code rail} (default), {@code road}, {@code sea}, {@code air} or {@code geodesic}
     */
    public ObjectNode route(String from, String to, List<String> vias, String mode) {
        String m = mode == null || mode.isBlank() ? Route.RAIL : mode.strip().toLowerCase(Locale.ROOT);
        TravelMode travel = Route.GEODESIC.equals(m) ? null : TravelMode.fromWire(m);
        if (travel == null && !m.equals(Route.GEODESIC)) {
            throw new InvalidInputException("mode", "mode must be rail, road, sea, air or geodesic, got '" + mode
                    + "'.");
        }
        if (vias.size() > MAX_VIA) {
            throw new InvalidInputException("via", "At most " + MAX_VIA + " via points are allowed.");
        }
        List<PlaceLookup.Located> stops = new ArrayList<>();
        stops.add(places.locate(from, "from", null));
        for (String via : vias) {
            stops.add(places.locate(via, "via", stops.get(stops.size() - 1).position()));
        }
        stops.add(places.locate(to, "to", stops.get(stops.size() - 1).position()));
        Route route = route(stops.stream().map(PlaceLookup.Located::position).toList(), travel);

        ObjectNode feature = GeoJson.feature(GeoJson.line(lineOf(route)));
        ObjectNode props = (ObjectNode) feature.get("properties");
        props.put("mode", route.mode());
        props.put("requestedMode", m);
        props.put("reason", route.reason());
        props.put("lengthKm", Math.round(route.lengthKm() * 10) / 10.0);
        props.put("lengthNauticalMiles", Math.round(route.lengthKm() * 1000 / METERS_PER_NAUTICAL_MILE * 10) / 10.0);
        props.put("drawnKm", Math.round(route.drawnKm() * 10) / 10.0);
        props.put("calibratedKm", Math.round(route.calibratedKm() * 10) / 10.0);
        props.put("calibratedShare", Math.round(route.calibratedShare() * 1000) / 1000.0);
        props.put("snapStartKm", Math.round(route.snapStartKm() * 100) / 100.0);
        props.put("snapEndKm", Math.round(route.snapEndKm() * 100) / 100.0);
        props.put("travelMinutes", route.travelMinutes() == null ? null
                : Math.round(route.travelMinutes() * 10) / 10.0);
        props.set("from", endpoint(stops.get(0)));
        props.set("to", endpoint(stops.get(stops.size() - 1)));
        ArrayNode via = props.putArray("via");
        stops.subList(1, stops.size() - 1).forEach(s -> via.add(endpoint(s)));
        props.set("stations", json.valueToTree(route.stations().stream().map(s -> new StationView(s.name(),
                s.names(), s.position().lat(), s.position().lon(), round1(s.kmFromStart()), s.kmPost(), s.kmLine(),
                s.positionSource())).toList()));
        props.set("borderCrossings", json.valueToTree(route.borderCrossings().stream().map(b -> new CrossingView(
                b.name(), b.fromCountry(), b.toCountry(), b.position().lat(), b.position().lon(),
                Math.round(b.kmFromStart() * 10) / 10.0)).toList()));
        return feature;
    }

    /** On the mode's network when it has one, else the geodesic (with the reason; none when geodesic was asked). */
    private Route route(List<LatLon> waypoints, TravelMode mode) {
        Router router = mode == null ? null : routers.get(mode);
        if (router != null) {
            return router.route(waypoints, router.profile().mode());
        }
        return Router.geodesic(waypoints, mode == null ? null : GeodesicLegRouter.reason(mode));
    }

    /** A zero-length route still needs two positions to be a valid LineString. */
    private static List<LatLon> lineOf(Route route) {
        List<LatLon> g = route.geometry();
        return g.size() >= 2 ? g : List.of(g.get(0), g.get(0));
    }

    record StationView(String name, java.util.Map<String, String> names, double lat, double lon, double kmFromStart,
                       Double kmPost, String kmLine, String positionSource) {
    }

    record CrossingView(String name, String fromCountry, String toCountry, double lat, double lon,
                        double kmFromStart) {
    }

    private ObjectNode endpoint(PlaceLookup.Located l) {
        ObjectNode n = json.createObjectNode();
        n.put("query", l.query());
        n.put("lat", l.position().lat());
        n.put("lon", l.position().lon());
        if (l.place() != null) {
            n.set("place", json.valueToTree(PlaceView.of(l.place())));
        }
        return n;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
