package whereabouts.rail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * The rail network as a weighted graph (JGraphT; node = vertex of a line, edge weight = measured length in metres:
 * the difference of the line's km-post measures, see {@link RailLine}),
 * gauge-agnostic, with stations attached to their nearest node, border-crossing edges, and a JTS STRtree of edge
 * segments for snapping. Immutable after construction and safe for concurrent queries.
 *
 * <p>Build one from the shipped data with {@link #fromClasspath()}, from GeoJSON with
 * {@link RailGeoJsonReader}, or from lines with {@link #builder()}.
 */
public final class RailNetwork {
    /** Classpath location of the manifest listing the shipped corridor files. */
    public static final String CLASSPATH_MANIFEST = "/geodata/rail/network.json";

    /** An edge to build: nodes, border index or -1, measured and drawn length in metres, how it was measured. */
    record EdgeSpec(int a, int b, int border, double measuredMeters, double drawnMeters, MeasureSource source) {
    }

    private final List<LatLon> nodes;
    private final Graph<Integer, DefaultWeightedEdge> graph;
    // Compact copy of the graph for the query hot path: edges and CSR adjacency.
    private final int[] edgeA;
    private final int[] edgeB;
    private final double[] edgeMeters;
    private final double[] edgeDrawnMeters;
    private final MeasureSource[] edgeSource;
    /** Smallest measured/drawn ratio of any edge (at most 1): scales the search's straight-line heuristic. */
    private final double minMeasureRatio;
    private final List<RailLine> lines;
    private final int[] edgeBorder;
    private final int[] adjStart;
    private final int[] adjNode;
    private final int[] adjEdge;
    private final double[] nodeLat;
    private final double[] nodeLon;
    private final List<BorderEdge> borders;
    private final List<Station> stations;
    private final List<List<Station>> stationsAtNode;
    /** WGS84 semi-major axis, metres, and first eccentricity squared (for local metres per degree). */
    private static final double WGS84_A = 6_378_137.0;
    private static final double WGS84_E2 = 0.00669437999014;
    /** Distances below which the planar estimate is trusted to within 2 % (see {@link #snap}). */
    private static final double PLANAR_RANGE_METERS = 100_000;
    private final STRtree segments = new STRtree();

    RailNetwork(List<LatLon> nodes, List<EdgeSpec> specs, List<BorderEdge> borders,
            List<RailNetworkBuilder.PendingStation> pendingStations, List<String> positionSources,
            List<RailLine> lines) {
        this.nodes = List.copyOf(nodes);
        this.lines = List.copyOf(lines);
        int n = nodes.size();
        nodeLat = new double[n];
        nodeLon = new double[n];
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
            nodeLat[i] = nodes.get(i).lat();
            nodeLon[i] = nodes.get(i).lon();
        }
        List<EdgeSpec> kept = new ArrayList<>(specs.size());
        for (EdgeSpec e : specs) {
            if (g.containsEdge(e.a(), e.b())) {
                continue; // two lines drawn over the same pair of vertices: one edge is enough
            }
            g.setEdgeWeight(g.addEdge(e.a(), e.b()), e.measuredMeters());
            kept.add(e);
        }
        this.graph = new AsUnmodifiableGraph<>(g);
        int m = kept.size();
        edgeA = new int[m];
        edgeB = new int[m];
        edgeMeters = new double[m];
        edgeDrawnMeters = new double[m];
        edgeSource = new MeasureSource[m];
        edgeBorder = new int[m];
        double minRatio = 1.0;
        int[] degree = new int[n];
        for (int i = 0; i < m; i++) {
            EdgeSpec e = kept.get(i);
            edgeA[i] = e.a();
            edgeB[i] = e.b();
            edgeMeters[i] = e.measuredMeters();
            edgeDrawnMeters[i] = e.drawnMeters();
            edgeSource[i] = e.source();
            if (e.drawnMeters() > 0) {
                minRatio = Math.min(minRatio, e.measuredMeters() / e.drawnMeters());
            }
            edgeBorder[i] = e.border();
            degree[e.a()]++;
            degree[e.b()]++;
            if (e.drawnMeters() > 0) { // a zero-length joint (MARNET's antimeridian) is never the nearest segment
                Envelope env = new Envelope(nodeLon[e.a()], nodeLon[e.b()], nodeLat[e.a()], nodeLat[e.b()]);
                segments.insert(env, i);
            }
        }
        minMeasureRatio = minRatio;
        adjStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            adjStart[i + 1] = adjStart[i] + degree[i];
        }
        adjNode = new int[2 * m];
        adjEdge = new int[2 * m];
        int[] fill = adjStart.clone();
        for (int i = 0; i < m; i++) {
            adjNode[fill[edgeA[i]]] = edgeB[i];
            adjEdge[fill[edgeA[i]]++] = i;
            adjNode[fill[edgeB[i]]] = edgeA[i];
            adjEdge[fill[edgeB[i]]++] = i;
        }
        if (m > 0) {
            segments.build();
        }
        this.borders = List.copyOf(borders);
        List<Station> st = new ArrayList<>();
        List<List<Station>> at = new ArrayList<>(Collections.nCopies(n, List.of()));
        for (int i = 0; i < pendingStations.size() && n > 0; i++) {
            RailNetworkBuilder.PendingStation p = pendingStations.get(i);
            int node = attachmentNode(p.position());
            Station s = new Station(p.name(), p.names(), p.position(), p.km(), p.line(), p.country(), node,
                    positionSources.get(i));
            st.add(s);
            List<Station> list = new ArrayList<>(at.get(node));
            list.add(s);
            at.set(node, List.copyOf(list));
        }
        this.stations = List.copyOf(st);
        this.stationsAtNode = at;
    }

    /** A builder for networks drawn from lines (test fixtures, generated networks). */
    public static RailNetworkBuilder builder() {
        return new RailNetworkBuilder();
    }

    /** The shipped network: every file listed in {@value #CLASSPATH_MANIFEST}, default join tolerance. */
    public static RailNetwork fromClasspath() {
        return fromClasspath(RailNetworkBuilder.DEFAULT_JOIN_TOLERANCE_METERS);
    }

    /** The shipped network with the given join tolerance in metres. */
    public static RailNetwork fromClasspath(double joinToleranceMeters) {
        RailGeoJsonReader reader = new RailGeoJsonReader();
        RailNetworkBuilder builder = builder().joinToleranceMeters(joinToleranceMeters);
        for (String file : reader.manifestFiles(resource(CLASSPATH_MANIFEST))) {
            reader.read(resource("/geodata/rail/" + file), builder);
        }
        return builder.build();
    }

    private static InputStream resource(String path) {
        InputStream in = RailNetwork.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing classpath resource " + path));
        }
        return in;
    }

    /** The lines as drawn and measured (km posts interpolated), in the order they were added. */
    public List<RailLine> lines() {
        return lines;
    }

    /** Read-only view of the graph: node = index into {@link #nodes()}, weight = measured metres (chainage). */
    public Graph<Integer, DefaultWeightedEdge> graph() {
        return graph;
    }

    public List<LatLon> nodes() {
        return nodes;
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return edgeA.length;
    }

    public List<Station> stations() {
        return stations;
    }

    public List<BorderEdge> borders() {
        return borders;
    }

    /** Stations attached to a node, possibly empty. */
    public List<Station> stationsAt(int node) {
        return stationsAtNode.get(node);
    }

    /** First station with this name (case-insensitive, also matched against its names in other languages). */
    public java.util.Optional<Station> station(String name) {
        return stations.stream()
                .filter(s -> s.name().equalsIgnoreCase(name) || s.names().containsValue(name))
                .findFirst();
    }

    /**
     * The point of the network nearest to {@code p} (geodesic distance; each edge is short enough for a locally
     * planar projection), or empty if the network has no edges.
     */
    public java.util.Optional<RailSnap> snap(LatLon p) {
        if (edgeA.length == 0) {
            return java.util.Optional.empty();
        }
        Envelope at = new Envelope(p.lon(), p.lon(), p.lat(), p.lat());
        // nearest segment in plain degrees (the tree's own metric, so its pruning stays exact): a segment's
        // bounding box may contain the point while the segment itself runs kilometres away
        Object nearest = segments.nearestNeighbour(at, p, (a, b) -> a.getItem() instanceof Integer e
                ? segmentDegrees(p, e) : segmentDegrees(p, (Integer) b.getItem()));
        RailSnap best = project(p, (Integer) nearest);
        // Degrees are not metres: look again at every segment within the found distance, measured properly.
        double radiusLat = best.distanceMeters() / 110_574.0 * 1.01 + 1e-9;
        double cos = Math.max(Math.cos(Math.toRadians(Math.min(89.0, Math.abs(p.lat()) + radiusLat))), 1e-3);
        double radiusLon = Math.min(180.0, best.distanceMeters() / (111_320.0 * cos) * 1.01 + 1e-9);
        Envelope around = new Envelope(p.lon() - radiusLon, p.lon() + radiusLon, p.lat() - radiusLat,
                p.lat() + radiusLat);
        double[] metersPerDegree = metersPerDegree(p.lat()); // of longitude, of latitude, at p
        for (Object item : segments.query(around)) {
            int edge = (Integer) item;
            // within 100 km a local planar estimate is within 2 % of the geodesic distance: skip the segments it
            // puts clearly farther than the best so far, measure the rest on the ellipsoid
            if (edge == best.edge() || (best.distanceMeters() < PLANAR_RANGE_METERS
                    && planar(p, edge, metersPerDegree[0], metersPerDegree[1]) * 0.98 > best.distanceMeters())) {
                continue;
            }
            RailSnap s = project(p, edge);
            if (s.distanceMeters() < best.distanceMeters()) {
                best = s;
            }
        }
        return java.util.Optional.of(best);
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
        int a = edgeA[edge];
        int b = edgeB[edge];
        double ax = (nodeLon[a] - p.lon()) * xScale;
        double ay = (nodeLat[a] - p.lat()) * yScale;
        double dx = (nodeLon[b] - p.lon()) * xScale - ax;
        double dy = (nodeLat[b] - p.lat()) * yScale - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }

    /** The point of edge {@code edge} nearest to {@code p} (planar projection, geodesic distance). */
    RailSnap project(LatLon p, int edge) {
        int a = edgeA[edge];
        int b = edgeB[edge];
        double cos = Math.cos(Math.toRadians(p.lat()));
        double ax = (nodeLon[a] - p.lon()) * cos;
        double ay = nodeLat[a] - p.lat();
        double bx = (nodeLon[b] - p.lon()) * cos;
        double by = nodeLat[b] - p.lat();
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        LatLon q = Geodesy.interpolate(nodes.get(a), nodes.get(b), t);
        return new RailSnap(edge, t, q, Geodesy.distanceMeters(p, q));
    }

    /**
     * The node a station at {@code p} is attached to: the nearer end of the edge it snaps to (an index lookup, so
     * an imported network with many thousand stations builds quickly), or the nearest node of a network without
     * edges.
     */
    private int attachmentNode(LatLon p) {
        if (edgeA.length > 0) {
            RailSnap s = snap(p).orElseThrow();
            int a = edgeA[s.edge()];
            int b = edgeB[s.edge()];
            return Geodesy.distanceMeters(p, nodes.get(a)) <= Geodesy.distanceMeters(p, nodes.get(b)) ? a : b;
        }
        return nearestNode(p);
    }

    private int nearestNode(LatLon p) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        double cos = Math.cos(Math.toRadians(p.lat()));
        for (int i = 0; i < nodeLat.length; i++) {
            double dx = (nodeLon[i] - p.lon()) * cos;
            double dy = nodeLat[i] - p.lat();
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    // --- package-private accessors for the search ---

    int edgeA(int e) {
        return edgeA[e];
    }

    int edgeB(int e) {
        return edgeB[e];
    }

    /** Measured length of edge {@code e} (km-post chainage), metres: the routing weight. */
    double edgeMeters(int e) {
        return edgeMeters[e];
    }

    /** Geodesic length of the drawn edge {@code e}, metres. */
    double edgeDrawnMeters(int e) {
        return edgeDrawnMeters[e];
    }

    MeasureSource edgeSource(int e) {
        return edgeSource[e];
    }

    /** Smallest measured/drawn ratio over all edges, at most 1. */
    double minMeasureRatio() {
        return minMeasureRatio;
    }

    /** Index into {@link #borders()} of the border feature this edge belongs to, or -1. */
    int edgeBorder(int e) {
        return edgeBorder[e];
    }

    int adjStart(int node) {
        return adjStart[node];
    }

    int adjEnd(int node) {
        return adjStart[node + 1];
    }

    int adjNode(int i) {
        return adjNode[i];
    }

    int adjEdge(int i) {
        return adjEdge[i];
    }

    double nodeLat(int node) {
        return nodeLat[node];
    }

    double nodeLon(int node) {
        return nodeLon[node];
    }
}
