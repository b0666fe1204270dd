package whereabouts.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.ch.WeightedGraph;

/**
 * Collects lines, border crossings and stations, then builds a {@link RailNetwork}. Vertices of different lines
 * that lie within {@link #joinToleranceMeters(double)} of each other become one node (junctions, line ends).
 * Not thread-safe; the built network is.
 */
public final class RailNetworkBuilder {
    /** Default distance within which vertices are joined into one node, metres. */
    public static final double DEFAULT_JOIN_TOLERANCE_METERS = 50.0;

    private double joinToleranceMeters = DEFAULT_JOIN_TOLERANCE_METERS;
    private final List<PendingLine> lines = new ArrayList<>();
    private final List<PendingStation> stations = new ArrayList<>();

    /**
     * A line to build; {@code direction} as {@link WeightedGraph#direction} along the drawing, {@code speedKmh}
     * the speed its edges are travelled at (NaN: the network is routed by length, not time).
     */
    record PendingLine(String name, List<LatLon> vertices, BorderEdge border, List<Double> kmPosts, byte direction,
                       double speedKmh) {
        PendingLine(String name, List<LatLon> vertices, BorderEdge border, List<Double> kmPosts) {
            this(name, vertices, border, kmPosts, WeightedGraph.BOTH, Double.NaN);
        }
    }

    /**
     * A station to attach: at {@code position}, or (position null) on line {@code line} at measure {@code km}.
     * {@code line} names the line whose chainage {@code km} is in (null when unknown).
     */
    record PendingStation(String name, Map<String, String> names, LatLon position, Double km, String country,
                          String line) {
    }

    /** Said of a station placed on its line by its km post, having no position of its own. */
    public static final String INTERPOLATED_FROM_KM_POST = "interpolated from km post";

    /** Vertices closer than this (geodesic, metres, >= 0) are joined into one node. */
    public RailNetworkBuilder joinToleranceMeters(double meters) {
        if (!(meters >= 0)) {
            throw new IllegalArgumentException("joinToleranceMeters must be >= 0, got " + meters);
        }
        this.joinToleranceMeters = meters;
        return this;
    }

    /** Adds a line (at least two vertices) measured by its drawn length. */
    public RailNetworkBuilder addLine(String name, List<LatLon> vertices) {
        return addLine(name, vertices, null);
    }

    /**
     * Adds a line (at least two vertices) with km posts: {@code kmPosts.get(i)} is the published km post at vertex
     * {@code i}, or null (the list itself may be null). See {@link RailLine#calibrate}.
     */
    public RailNetworkBuilder addLine(String name, List<LatLon> vertices, List<Double> kmPosts) {
        return add(new PendingLine(name, vertices, null, kmPosts));
    }

    /** Adds a border-crossing line, drawn from {@code fromCountry} to {@code toCountry}. */
    public RailNetworkBuilder addBorder(String name, String fromCountry, String toCountry, List<LatLon> vertices) {
        return addBorder(name, fromCountry, toCountry, vertices, null);
    }

    /** Adds a border-crossing line with km posts (as {@link #addLine(String, List, List)}). */
    public RailNetworkBuilder addBorder(String name, String fromCountry, String toCountry, List<LatLon> vertices,
            List<Double> kmPosts) {
        LatLon mid = Geodesy.interpolate(vertices.get(0), vertices.get(vertices.size() - 1), 0.5);
        return add(new PendingLine(name, vertices, new BorderEdge(name, fromCountry, toCountry, mid), kmPosts));
    }

    /** Adds a station; it is attached to the nearest node when the network is built. */
    public RailNetworkBuilder addStation(String name, Map<String, String> names, LatLon position, Double km,
            String country) {
        return addStation(name, names, position, km, country, null);
    }

    /**
     * Adds a station whose {@code km} is a km post of line {@code line}. With a null {@code position} the station is
     * placed on that line at its measure (marked {@link #INTERPOLATED_FROM_KM_POST}); it is left out when the line
     * is unknown or does not reach that measure.
     */
    public RailNetworkBuilder addStation(String name, Map<String, String> names, LatLon position, Double km,
            String country, String line) {
        if (position == null && (km == null || line == null)) {
            throw new IllegalArgumentException("a station without a position needs a line and a km post: " + name);
        }
        stations.add(new PendingStation(name, names, position, km, country, line));
        return this;
    }

    /**
     * Adds a road (at least two vertices) measured by its drawn length, travelled at {@code speedKmh} (> 0), one way
     * along the drawing ({@code oneway = 1}), one way against it ({@code -1}) or both ways ({@code 0}). Once any
     * line has a speed, routes on the network are the fastest (edge weight = seconds), and every line needs one.
     */
    public RailNetworkBuilder addRoad(String name, List<LatLon> vertices, int oneway, double speedKmh) {
        if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
            throw new IllegalArgumentException("a road's speed must be > 0 km/h, got " + speedKmh);
        }
        byte direction = switch (oneway) {
            case 1 -> WeightedGraph.FORWARD;
            case -1 -> WeightedGraph.BACKWARD;
            case 0 -> WeightedGraph.BOTH;
            default -> throw new IllegalArgumentException("oneway is 1, -1 or 0, got " + oneway);
        };
        return add(new PendingLine(name, vertices, null, null, direction, speedKmh));
    }

    private RailNetworkBuilder add(PendingLine line) {
        if (line.vertices().size() < 2) {
            throw new IllegalArgumentException("a line needs at least two vertices: " + line.name());
        }
        lines.add(line);
        return this;
    }

    public RailNetwork build() {
        List<RailLine> calibrated = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>();
        for (PendingLine line : lines) {
            byName.putIfAbsent(line.name(), calibrated.size());
            calibrated.add(RailLine.calibrate(line.name(), line.border(), line.vertices(), line.kmPosts()));
        }
        List<PendingStation> placed = new ArrayList<>();
        List<String> positionSources = new ArrayList<>();
        for (PendingStation s : stations) {
            if (s.position() != null) {
                placed.add(s);
                positionSources.add(null);
                continue;
            }
            Integer index = byName.get(s.line());
            java.util.Optional<RailLine.Located> at = index == null ? java.util.Optional.empty()
                    : calibrated.get(index).locate(s.km());
            if (at.isPresent()) {
                calibrated.set(index, at.get().line());
                placed.add(new PendingStation(s.name(), s.names(), at.get().position(), s.km(), s.country(), s.line()));
                positionSources.add(INTERPOLATED_FROM_KM_POST);
            }
        }
        NodeIndex nodes = new NodeIndex(joinToleranceMeters);
        List<RailNetwork.EdgeSpec> edges = new ArrayList<>();
        List<BorderEdge> borders = new ArrayList<>();
        boolean timed = lines.stream().anyMatch(l -> !Double.isNaN(l.speedKmh()));
        if (timed && lines.stream().anyMatch(l -> Double.isNaN(l.speedKmh()))) {
            throw new IllegalStateException("a network with road speeds needs a speed on every line");
        }
        for (int k = 0; k < calibrated.size(); k++) {
            RailLine line = calibrated.get(k);
            PendingLine pending = lines.get(k);
            int border = -1;
            if (line.border() != null) {
                borders.add(line.border());
                border = borders.size() - 1;
            }
            List<LatLon> v = line.vertices();
            int prev = nodes.nodeFor(v.get(0));
            for (int i = 1; i < v.size(); i++) {
                int next = nodes.nodeFor(v.get(i));
                if (next != prev) {
                    // Joined nodes may lie a little off the line's own vertices: the drawing is node to node, and
                    // so is the measure of a line without km posts.
                    double drawn = Geodesy.distanceMeters(nodes.positions().get(prev), nodes.positions().get(next));
                    MeasureSource source = line.sources()[i - 1];
                    double measured = source == MeasureSource.DRAWN ? drawn : line.segmentKm(i - 1) * 1000.0;
                    double seconds = timed ? measured / (pending.speedKmh() / 3.6) : Double.NaN;
                    edges.add(new RailNetwork.EdgeSpec(prev, next, border, measured, drawn, source,
                            pending.direction(), seconds));
                }
                prev = next;
            }
        }
        return RailNetwork.build(nodes.positions(), edges, borders, placed, positionSources, calibrated);
    }

    /** Grid hash of node positions, joining a new vertex to an existing node within the tolerance. */
    private static final class NodeIndex {
        private final double tolerance;
        private final double cellDegrees;
        private final List<LatLon> positions = new ArrayList<>();
        private final Map<Long, List<Integer>> cells = new HashMap<>();

        NodeIndex(double toleranceMeters) {
            this.tolerance = toleranceMeters;
            // A cell at least as wide as the tolerance in longitude up to 85 degrees latitude.
            this.cellDegrees = Math.max(toleranceMeters / 111_320.0 / Math.cos(Math.toRadians(85)), 1e-6);
        }

        int nodeFor(LatLon p) {
            long cx = (long) Math.floor(p.lon() / cellDegrees);
            long cy = (long) Math.floor(p.lat() / cellDegrees);
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (int n : cells.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        double d = Geodesy.distanceMeters(p, positions.get(n));
                        if (d <= tolerance && d < bestD) {
                            best = n;
                            bestD = d;
                        }
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            positions.add(p);
            int id = positions.size() - 1;
            cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(id);
            return id;
        }

        private static long key(long x, long y) {
            return x * 4_000_000_007L + y;
        }

        List<LatLon> positions() {
            return positions;
        }
    }
}
