package whereabouts.rail;

import java.util.List;
import whereabouts.geo.LatLon;

/**
 * A path between two or more points: along the rail network ({@code mode = "rail"}) or, when that is not
 * possible or not asked for, along the geodesic ({@code mode = "geodesic"}, with {@code reason} saying why).
 *
 * @param geometry        the merged polyline, first point = start (snapped for rail), last = end
 * @param lengthKm        geodesic length of {@code geometry}, kilometres
 * @param mode            {@code rail} or {@code geodesic}
 * @param reason          why a geodesic line was returned (null for rail, or when geodesic was asked for)
 * @param stations        stations passed, in travel order
 * @param borderCrossings border-crossing edges traversed, in travel order
 * @param snapStartKm     distance from the requested start to the point it snapped to, kilometres (0 for geodesic)
 * @param snapEndKm       distance from the requested end to the point it snapped to, kilometres (0 for geodesic)
 */
public record Route(
        List<LatLon> geometry,
        double lengthKm,
        String mode,
        String reason,
        List<StationPass> stations,
        List<BorderCrossing> borderCrossings,
        double snapStartKm,
        double snapEndKm) {

    public static final String RAIL = "rail";
    public static final String GEODESIC = "geodesic";

    public Route {
        geometry = List.copyOf(geometry);
        stations = List.copyOf(stations);
        borderCrossings = List.copyOf(borderCrossings);
    }
}
