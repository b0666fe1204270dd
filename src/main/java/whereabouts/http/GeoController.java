package whereabouts.http;

import io.javalin.http.Context;
import java.util.List;
import whereabouts.service.GeocodeService;
import whereabouts.service.RailNetworkFeatures;
import whereabouts.service.RouteService;

/** Geocoding, distances, routes and the rail network layer. */
final class GeoController {
    private static final String GEOJSON = "application/geo+json";

    private final GeocodeService geocoding;
    private final RouteService routes;
    private final RailNetworkFeatures rail;

    private final NamedPlaces named;

    GeoController(GeocodeService geocoding, RouteService routes, RailNetworkFeatures rail, NamedPlaces named) {
        this.named = named;
        this.geocoding = geocoding;
        this.routes = routes;
        this.rail = rail;
    }

    void geocode(Context ctx) {
        ctx.json(geocoding.geocode(ctx.queryParam("q"), ctx.queryParam("limit"), ctx.queryParam("near"),
                ctx.queryParam("country"))).contentType(GEOJSON);
    }

    void reverse(Context ctx) {
        ctx.json(geocoding.reverse(ctx.queryParam("lat"), ctx.queryParam("lon"), ctx.queryParam("maxKm")))
                .contentType(GEOJSON);
    }

    void distance(Context ctx) {
        ctx.json(routes.distance(ctx.queryParam("from"), ctx.queryParam("to")));
    }

    void route(Context ctx) {
        List<String> vias = ctx.queryParams("via").stream().filter(v -> !v.isBlank()).toList();
        whereabouts.gazetteer.LabelScript script = NamedPlaces.script(ctx);
        com.fasterxml.jackson.databind.node.ObjectNode feature = routes.route(ctx.queryParam("from"),
                ctx.queryParam("to"), vias, ctx.queryParam("mode"));
        named.route(feature, script); // "Names in" (#25)
        ctx.json(feature).contentType(GEOJSON);
    }

    void railNetwork(Context ctx) {
        ctx.contentType(GEOJSON).header("Cache-Control", "no-cache").result(rail.geojson()); // an import changes it
    }
}
