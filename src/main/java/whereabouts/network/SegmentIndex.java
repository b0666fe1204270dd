package whereabouts.network;

import java.util.Optional;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * Finds the point of the network nearest to a position: a {@link SegmentGrid} of the edges' segments (flat arrays;
 * it was a JTS STRtree until issue #22), ranked by their distance in degrees (the grid's own metric, so its pruning
 * stays exact), then every segment within the found
 * distance re-measured on the ellipsoid. Immutable after construction and safe for concurrent queries.
 */
final class SegmentIndex {
    /** WGS84 semi-major axis, metres, and first eccentricity squared (for local metres per degree). */
    private static final double WGS84_A = 6_378_137.0;
    private static final double WGS84_E2 = 0.00669437999014;
    /** Distances below which the planar estimate is trusted to within 2 % (see {@link #snap}). */
    private static final double PLANAR_RANGE_METERS = 100_000;

    private final RailGraph g;
    private final SegmentGrid segments;

    SegmentIndex(RailGraph g) {
        this.g = g;
        // a zero-length joint (MARNET's antimeridian) is never the nearest
        this.segments = new SegmentGrid(g.edgeCount(), i -> {
            int a = g.edgeA[i];
            int b = g.edgeB[i];
            return new double[] {Math.min(g.nodeLon[a], g.nodeLon[b]), Math.min(g.nodeLat[a], g.nodeLat[b]),
                    Math.max(g.nodeLon[a], g.nodeLon[b]), Math.max(g.nodeLat[a], g.nodeLat[b])};
        }, i -> g.edgeDrawnMeters[i] > 0);
    }

    /**
     * The point of the network nearest to {@code p} (geodesic distance; each edge is short enough for a locally
     * planar projection), or empty if the network has no edges.
     */
    Optional<RailSnap> snap(LatLon p) {
        if (g.edgeCount() == 0 || segments.isEmpty()) {
            return Optional.empty();
        }
        // nearest segment in plain degrees: a segment's bounding box may contain the point while the segment
        // itself runs kilometres away
        int nearest = segments.nearest(p.lon(), p.lat(), e -> segmentDegrees(p, e));
        RailSnap[] found = {project(p, nearest)};
        // Degrees are not metres: look again at every segment within the found distance, measured properly.
        double bestMeters = found[0].distanceMeters();
        double radiusLat = bestMeters / 110_574.0 * 1.01 + 1e-9;
        double cos = Math.max(Math.cos(Math.toRadians(Math.min(89.0, Math.abs(p.lat()) + radiusLat))), 1e-3);
        double radiusLon = Math.min(180.0, bestMeters / (111_320.0 * cos) * 1.01 + 1e-9);
        double[] metersPerDegree = metersPerDegree(p.lat()); // of longitude, of latitude, at p
        segments.query(p.lon() - radiusLon, p.lat() - radiusLat, p.lon() + radiusLon, p.lat() + radiusLat, edge -> {
            RailSnap best = found[0];
            // within 100 km a local planar estimate is within 2 % of the geodesic distance: skip the segments it
            // puts clearly farther than the best so far, measure the rest on the ellipsoid
            if (edge == best.edge() || (best.distanceMeters() < PLANAR_RANGE_METERS
                    && planar(p, edge, metersPerDegree[0], metersPerDegree[1]) * 0.98 > best.distanceMeters())) {
                return;
            }
            RailSnap s = project(p, edge);
            if (s.distanceMeters() < best.distanceMeters()) {
                found[0] = s;
            }
        });
        return Optional.of(found[0]);
    }

    /** Distance from {@code p} to segment {@code edge} in plain degrees (longitude and latitude alike). */
    private double segmentDegrees(LatLon p, int edge) {
        return planar(p, edge, 1.0, 1.0);
    }

    /**
     * Metres per degree of longitude and of latitude on the WGS84 ellipsoid at {@code lat}: with them, distances
     * near that latitude are measured on the tangent plane, close to the geodesic distance over short distances.
     */
    private static double[] metersPerDegree(double lat) {
        double phi = Math.toRadians(lat);
        double w = Math.sqrt(1 - WGS84_E2 * Math.sin(phi) * Math.sin(phi));
        return new double[] {Math.toRadians(WGS84_A / w * Math.cos(phi)),
                Math.toRadians(WGS84_A * (1 - WGS84_E2) / (w * w * w))};
    }

    /** Point-to-segment distance with longitude scaled by {@code xScale} and latitude by {@code yScale}. */
    private double planar(LatLon p, int edge, double xScale, double yScale) {
        int a = g.edgeA[edge];
        int b = g.edgeB[edge];
        double ax = (g.nodeLon[a] - p.lon()) * xScale;
        double ay = (g.nodeLat[a] - p.lat()) * yScale;
        double dx = (g.nodeLon[b] - p.lon()) * xScale - ax;
        double dy = (g.nodeLat[b] - p.lat()) * yScale - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }

    /** The point of edge {@code edge} nearest to {@code p} (planar projection, geodesic distance). */
    RailSnap project(LatLon p, int edge) {
        int a = g.edgeA[edge];
        int b = g.edgeB[edge];
        double cos = Math.cos(Math.toRadians(p.lat()));
        double ax = (g.nodeLon[a] - p.lon()) * cos;
        double ay = g.nodeLat[a] - p.lat();
        double bx = (g.nodeLon[b] - p.lon()) * cos;
        double by = g.nodeLat[b] - p.lat();
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        LatLon q = Geodesy.interpolate(g.node(a), g.node(b), t);
        return new RailSnap(edge, t, q, Geodesy.distanceMeters(p, q));
    }

    /**
     * The node a station at {@code p} is attached to: the nearer end of the edge it snaps to (an index lookup, so
     * an imported network with many thousand stations builds quickly), or the nearest node of a network without
     * edges.
     */
    int attachmentNode(LatLon p) {
        if (g.edgeCount() > 0) {
            RailSnap s = snap(p).orElseThrow();
            int a = g.edgeA[s.edge()];
            int b = g.edgeB[s.edge()];
            return Geodesy.distanceMeters(p, g.node(a)) <= Geodesy.distanceMeters(p, g.node(b)) ? a : b;
        }
        int best = -1;
        double bestD = Double.MAX_VALUE;
        double cosLat = Math.cos(Math.toRadians(p.lat()));
        for (int i = 0; i < g.nodeCount(); i++) {
            double dx = (g.nodeLon[i] - p.lon()) * cosLat;
            double dy = g.nodeLat[i] - p.lat();
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
