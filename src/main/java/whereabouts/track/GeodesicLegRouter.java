package whereabouts.track;

import java.util.List;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;

/**
 * Draws every leg as the geodesic (the shortest path on the WGS84 ellipsoid), densified so that no segment is
 * longer than {@link #DEFAULT_SEGMENT_KM} kilometres, which keeps the line curved on a Web Mercator map and
 * makes interpolation along it accurate. The route's {@code mode} is {@code geodesic}; its {@code reason} says
 * why no network was used. Stateless and thread-safe.
 */
public final class GeodesicLegRouter implements LegRouter {
    /** Longest segment of the densified line, kilometres. */
    public static final double DEFAULT_SEGMENT_KM = 5.0;

    private final double segmentMeters;

    public GeodesicLegRouter() {
        this(DEFAULT_SEGMENT_KM);
    }

    /** @param segmentKm longest segment of the densified line, kilometres, &gt; 0 */
    public GeodesicLegRouter(double segmentKm) {
        if (!(segmentKm > 0)) {
            throw new IllegalArgumentException("segmentKm must be > 0, got " + segmentKm);
        }
        this.segmentMeters = segmentKm * 1000.0;
    }

    @Override
    public Route route(LatLon from, LatLon to, TravelMode mode) {
        List<LatLon> line = Geodesy.densify(from, to, segmentMeters);
        return Route.geodesic(line, reason(mode));
    }

    /** Why a leg of {@code mode} is a geodesic when it is routed without a network. */
    public static String reason(TravelMode mode) {
        return switch (mode) {
            case RAIL -> "no rail network is available to this server; drawn as the geodesic";
            case AIR -> "air legs follow the geodesic (great circle)";
            case ROAD -> "no road network is imported (import-network --mode road); drawn as the geodesic";
            case SEA -> "no sea network is available to this server; drawn as the geodesic";
        };
    }
}
