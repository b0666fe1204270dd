package whereabouts.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import whereabouts.geo.LatLon;
import whereabouts.network.ch.ContractionHierarchy;
import whereabouts.network.ch.WeightedGraph;

/**
 * The rail network: a graph in flat arrays ({@link RailGraph}: node = vertex of a line, edge weight = measured
 * length in metres, the difference of the line's km-post measures, see {@link RailLine}), gauge-agnostic, with
 * stations attached to their nearest node, border-crossing edges, a segment index for snapping
 * ({@link SegmentIndex}) and, prepared on first use or read from disk, a contraction hierarchy for routing.
 * Immutable after construction and safe for concurrent queries.
 *
 * <p>Build one from the shipped data with {@link #fromClasspath()}, from GeoJSON with
 * {@link RailGeoJsonReader}, from lines with {@link #builder()}, or read one back with {@link RailNetworkSnapshot}.
 */
public final class RailNetwork {
    /** Classpath location of the manifest listing the shipped corridor files. */
    public static final String CLASSPATH_MANIFEST = "/geodata/rail/network.json";

    /**
     * An edge to build: nodes, border index or -1, measured and drawn length in metres, how it was measured, the
     * ways it may be travelled ({@link WeightedGraph#direction}, from {@code a} to {@code b} = forward) and its
     * travel time in seconds (NaN when the network is routed by length).
     */
    record EdgeSpec(int a, int b, int border, double measuredMeters, double drawnMeters, MeasureSource source,
                    byte direction, double seconds) {
        EdgeSpec(int a, int b, int border, double measuredMeters, double drawnMeters, MeasureSource source) {
            this(a, b, border, measuredMeters, drawnMeters, source, WeightedGraph.BOTH, Double.NaN);
        }
    }

    private final RailGraph graph;
    private final SegmentIndex index;
    private final List<RailLine> lines;
    private final List<BorderEdge> borders;
    private final List<Station> stations;
    private final List<List<Station>> stationsAtNode;
    private volatile Graph<Integer, DefaultWeightedEdge> jgrapht;
    private volatile ContractionHierarchy hierarchy;

    RailNetwork(RailGraph graph, List<RailLine> lines, List<BorderEdge> borders, List<Station> stations,
            ContractionHierarchy hierarchy) {
        this(graph, new SegmentIndex(graph), lines, borders, stations, hierarchy);
    }

    private RailNetwork(RailGraph graph, SegmentIndex index, List<RailLine> lines, List<BorderEdge> borders,
            List<Station> stations, ContractionHierarchy hierarchy) {
        this.graph = graph;
        this.index = index;
        this.lines = List.copyOf(lines);
        this.borders = List.copyOf(borders);
        this.stations = List.copyOf(stations);
        List<List<Station>> at = new ArrayList<>(Collections.nCopies(graph.nodeCount(), List.of()));
        for (Station s : stations) {
            List<Station> list = new ArrayList<>(at.get(s.node()));
            list.add(s);
            at.set(s.node(), List.copyOf(list));
        }
        this.stationsAtNode = at;
        this.hierarchy = hierarchy;
    }

    /** The network the builder drew: duplicate edges dropped, stations attached to their nearest node. */
    static RailNetwork build(List<LatLon> nodes, List<EdgeSpec> specs, List<BorderEdge> borders,
            List<RailNetworkBuilder.PendingStation> pendingStations, List<String> positionSources,
            List<RailLine> lines) {
        int n = nodes.size();
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = nodes.get(i).lat();
            lon[i] = nodes.get(i).lon();
        }
        // two lines drawn over the same pair of vertices: one edge is enough (the ways of both, the faster time)
        java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
        List<EdgeSpec> kept = new ArrayList<>(specs.size());
        boolean directed = false;
        boolean timed = false;
        for (EdgeSpec e : specs) {
            if (e.a() == e.b()) {
                continue;
            }
            directed |= e.direction() != WeightedGraph.BOTH;
            timed |= !Double.isNaN(e.seconds());
            Integer at = seen.putIfAbsent((long) Math.min(e.a(), e.b()) * n + Math.max(e.a(), e.b()), kept.size());
            if (at == null) {
                kept.add(e);
                continue;
            }
            EdgeSpec k = kept.get(at);
            byte ways = e.a() == k.a() ? e.direction() : reversed(e.direction());
            double seconds = Double.isNaN(k.seconds()) ? e.seconds() : Math.min(k.seconds(), e.seconds());
            kept.set(at, new EdgeSpec(k.a(), k.b(), k.border(), k.measuredMeters(), k.drawnMeters(), k.source(),
                    (byte) (k.direction() | ways), seconds));
        }
        int m = kept.size();
        int[] a = new int[m];
        int[] b = new int[m];
        double[] meters = new double[m];
        double[] drawn = new double[m];
        byte[] source = new byte[m];
        int[] border = new int[m];
        byte[] direction = directed ? new byte[m] : null;
        double[] seconds = timed ? new double[m] : null;
        for (int i = 0; i < m; i++) {
            EdgeSpec e = kept.get(i);
            a[i] = e.a();
            b[i] = e.b();
            meters[i] = e.measuredMeters();
            drawn[i] = e.drawnMeters();
            source[i] = (byte) e.source().ordinal();
            border[i] = e.border();
            if (directed) {
                direction[i] = e.direction();
            }
            if (timed) {
                seconds[i] = e.seconds();
            }
        }
        RailGraph graph = new RailGraph(lat, lon, a, b, meters, drawn, source, border, direction, seconds);
        SegmentIndex index = new SegmentIndex(graph);
        List<Station> st = new ArrayList<>();
        for (int i = 0; i < pendingStations.size() && n > 0; i++) {
            RailNetworkBuilder.PendingStation p = pendingStations.get(i);
            st.add(new Station(p.name(), p.names(), p.position(), p.km(), p.line(), p.country(),
                    index.attachmentNode(p.position()), positionSources.get(i)));
        }
        return new RailNetwork(graph, index, lines, borders, st, null);
    }

    private static byte reversed(byte direction) {
        return (byte) (((direction & WeightedGraph.FORWARD) << 1) | ((direction & WeightedGraph.BACKWARD) >> 1));
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

    /**
     * Read-only JGraphT view of the graph (node = index into {@link #nodes()}, weight = the routing cost: measured
     * metres, or seconds on a network with speeds), built on first call: undirected, or directed (an arc per way an
     * edge may be travelled) when some edges are one-way. For comparisons and tools; routing uses the arrays.
     */
    public Graph<Integer, DefaultWeightedEdge> graph() {
        Graph<Integer, DefaultWeightedEdge> g = jgrapht;
        if (g == null) {
            synchronized (this) {
                if (jgrapht == null) {
                    boolean directed = graph.edgeDirection != null;
                    Graph<Integer, DefaultWeightedEdge> w = directed
                            ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                            : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
                    for (int i = 0; i < graph.nodeCount(); i++) {
                        w.addVertex(i);
                    }
                    for (int e = 0; e < graph.edgeCount(); e++) {
                        int a = graph.edgeA[e];
                        int b = graph.edgeB[e];
                        if (!directed || leaves(e, a)) {
                            w.setEdgeWeight(w.addEdge(a, b), graph.cost(e));
                        }
                        if (directed && leaves(e, b)) {
                            w.setEdgeWeight(w.addEdge(b, a), graph.cost(e));
                        }
                    }
                    jgrapht = new AsUnmodifiableGraph<>(w);
                }
                g = jgrapht;
            }
        }
        return g;
    }

    /**
     * The contraction hierarchy of this network (weights: measured metres, or seconds on a network with speeds;
     * one-way edges kept one-way), prepared on the first call unless it
     * was read with the network ({@link RailNetworkSnapshot}).
     */
    public ContractionHierarchy contractionHierarchy() {
        ContractionHierarchy ch = hierarchy;
        if (ch == null) {
            synchronized (this) {
                if (hierarchy == null) {
                    hierarchy = ContractionHierarchy.prepare(graph.weighted());
                }
                ch = hierarchy;
            }
        }
        return ch;
    }

    /** True when the contraction hierarchy is prepared (or was read from disk). */
    boolean hasContractionHierarchy() {
        return hierarchy != null;
    }

    public List<LatLon> nodes() {
        return graph.nodes();
    }

    public int nodeCount() {
        return graph.nodeCount();
    }

    public int edgeCount() {
        return graph.edgeCount();
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
    public Optional<Station> station(String name) {
        return stations.stream()
                .filter(s -> s.name().equalsIgnoreCase(name) || s.names().containsValue(name))
                .findFirst();
    }

    /**
     * The point of the network nearest to {@code p} (geodesic distance; each edge is short enough for a locally
     * planar projection), or empty if the network has no edges.
     */
    public Optional<RailSnap> snap(LatLon p) {
        return index.snap(p);
    }

    /** The point of edge {@code edge} nearest to {@code p} (planar projection, geodesic distance). */
    RailSnap project(LatLon p, int edge) {
        return index.project(p, edge);
    }

    /** The graph storage, for the search, the route assembly and the snapshot. */
    RailGraph arrays() {
        return graph;
    }

    // --- package-private accessors for the route assembly ---

    int edgeA(int e) {
        return graph.edgeA[e];
    }

    int edgeB(int e) {
        return graph.edgeB[e];
    }

    /** Measured length of edge {@code e} (km-post chainage), metres: the routing weight. */
    double edgeMeters(int e) {
        return graph.edgeMeters[e];
    }

    /** Geodesic length of the drawn edge {@code e}, metres. */
    double edgeDrawnMeters(int e) {
        return graph.edgeDrawnMeters[e];
    }

    /** The routing cost of edge {@code e}: seconds on a network with speeds (roads), measured metres otherwise. */
    double edgeCost(int e) {
        return graph.cost(e);
    }

    /** Travel time of edge {@code e} at its speed, seconds, or NaN on a network routed by length. */
    double edgeSeconds(int e) {
        return graph.edgeSeconds == null ? Double.NaN : graph.edgeSeconds[e];
    }

    /** True when routes on this network are the fastest (edges have travel times), not the shortest. */
    public boolean timed() {
        return graph.edgeSeconds != null;
    }

    /** True when edge {@code e} may be travelled starting from its end {@code from}. */
    boolean leaves(int e, int from) {
        return graph.weighted().leaves(e, from);
    }

    MeasureSource edgeSource(int e) {
        return graph.source(e);
    }

    /** Index into {@link #borders()} of the border feature this edge belongs to, or -1. */
    int edgeBorder(int e) {
        return graph.edgeBorder[e];
    }
}
