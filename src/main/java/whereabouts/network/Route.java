package whereabouts.network;

import java.util.ArrayList;
import java.util.List;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * A path between two or more points, the same type for every travel mode: along a mode's network
 * ({@code mode = "rail"}, {@code "road"} or {@code "sea"}: what it was routed on) or, when that is not possible or
 * not asked for (air), along the geodesic ({@code mode = "geodesic"}, with {@code reason} saying why).
 *
 * @param geometry        the merged polyline, first point = start (snapped for rail), last = end
 * @param measuresKm      distance along the route at each point of {@code geometry}, kilometres: for rail the
 *                        lines' km-post measures (chainage) summed piece by piece, for a geodesic its length;
 *                        starts at 0, never decreases, ends at {@code lengthKm}
 * @param lengthKm        length of the route, kilometres: measured (km posts) for rail, geodesic otherwise
 * @param drawnKm         geodesic length of {@code geometry} as drawn, kilometres
 * @param calibratedKm    the part of {@code lengthKm} measured between published km posts, kilometres
 * @param mode            what the route was routed on: {@code rail}, {@code road}, {@code sea} or {@code geodesic}
 * @param reason          why a geodesic line was returned (null for rail, or when geodesic was asked for)
 * @param stations        stations passed, in travel order
 * @param borderCrossings border-crossing edges traversed, in travel order
 * @param snapStartKm     distance from the requested start to the point it snapped to, kilometres (0 for geodesic)
 * @param snapEndKm       distance from the requested end to the point it snapped to, kilometres (0 for geodesic)
 * @param travelMinutes   on a network with speeds (an imported road network: each road's {@code maxspeed} or its
 *                        class's default speed) the travel time along the route at those speeds, minutes; null
 *                        otherwise (rail, sea, geodesic)
 */
public record Route(
        List<LatLon> geometry,
        List<Double> measuresKm,
        double lengthKm,
        double drawnKm,
        double calibratedKm,
        String mode,
        String reason,
        List<StationPass> stations,
        List<BorderCrossing> borderCrossings,
        double snapStartKm,
        double snapEndKm,
        Double travelMinutes) {

    public static final String RAIL = "rail";
    public static final String ROAD = "road";
    public static final String SEA = "sea";
    public static final String GEODESIC = "geodesic";

    public Route {
        geometry = List.copyOf(geometry);
        measuresKm = List.copyOf(measuresKm);
        if (measuresKm.size() != geometry.size()) {
            throw new IllegalArgumentException("one measure per point: " + measuresKm.size() + " for "
                    + geometry.size());
        }
        stations = List.copyOf(stations);
        borderCrossings = List.copyOf(borderCrossings);
    }

    /** A route without a travel time (rail, sea, geodesic: {@code travelMinutes} null). */
    public Route(List<LatLon> geometry, List<Double> measuresKm, double lengthKm, double drawnKm, double calibratedKm,
            String mode, String reason, List<StationPass> stations, List<BorderCrossing> borderCrossings,
            double snapStartKm, double snapEndKm) {
        this(geometry, measuresKm, lengthKm, drawnKm, calibratedKm, mode, reason, stations, borderCrossings,
                snapStartKm, snapEndKm, null);
    }

    /** A geodesic route along {@code geometry} (already densified), measured by its own length. */
    public static Route geodesic(List<LatLon> geometry, String reason) {
        List<Double> measures = new ArrayList<>(geometry.size());
        double km = 0;
        for (int i = 0; i < geometry.size(); i++) {
            if (i > 0) {
                km += Geodesy.distanceMeters(geometry.get(i - 1), geometry.get(i)) / 1000.0;
            }
            measures.add(km);
        }
        return new Route(geometry, measures, km, km, 0, GEODESIC, reason, List.of(), List.of(), 0, 0, null);
    }

    /** Share of {@link #lengthKm()} measured between published km posts, 0..1 (0 for an empty route). */
    public double calibratedShare() {
        return lengthKm > 0 ? Math.min(1.0, calibratedKm / lengthKm) : 0.0;
    }
}
