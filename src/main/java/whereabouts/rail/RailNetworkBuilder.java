package whereabouts.rail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

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

    record PendingLine(String name, List<LatLon> vertices, BorderEdge border) {
    }

    record PendingStation(String name, Map<String, String> names, LatLon position, Double km, String country) {
    }

    /** Vertices closer than this (geodesic, metres, >= 0) are joined into one node. */
    public RailNetworkBuilder joinToleranceMeters(double meters) {
        if (!(meters >= 0)) {
            throw new IllegalArgumentException("joinToleranceMeters must be >= 0, got " + meters);
        }
        this.joinToleranceMeters = meters;
        return this;
    }

    /** Adds a line (at least two vertices). */
    public RailNetworkBuilder addLine(String name, List<LatLon> vertices) {
        return add(new PendingLine(name, vertices, null));
    }

    /** Adds a border-crossing line, drawn from {@code fromCountry} to {@code toCountry}. */
    public RailNetworkBuilder addBorder(String name, String fromCountry, String toCountry, List<LatLon> vertices) {
        LatLon mid = Geodesy.interpolate(vertices.get(0), vertices.get(vertices.size() - 1), 0.5);
        return add(new PendingLine(name, vertices, new BorderEdge(name, fromCountry, toCountry, mid)));
    }

    /** Adds a station; it is attached to the nearest node when the network is built. */
    public RailNetworkBuilder addStation(String name, Map<String, String> names, LatLon position, Double km,
            String country) {
        stations.add(new PendingStation(name, names, position, km, country));
        return this;
    }

    private RailNetworkBuilder add(PendingLine line) {
        if (line.vertices().size() < 2) {
            throw new IllegalArgumentException("a line needs at least two vertices: " + line.name());
        }
        lines.add(line);
        return this;
    }

    public RailNetwork build() {
        NodeIndex nodes = new NodeIndex(joinToleranceMeters);
        List<RailNetwork.EdgeSpec> edges = new ArrayList<>();
        List<BorderEdge> borders = new ArrayList<>();
        for (PendingLine line : lines) {
            int border = -1;
            if (line.border() != null) {
                borders.add(line.border());
                border = borders.size() - 1;
            }
            int prev = nodes.nodeFor(line.vertices().get(0));
            for (int i = 1; i < line.vertices().size(); i++) {
                int next = nodes.nodeFor(line.vertices().get(i));
                if (next != prev) {
                    edges.add(new RailNetwork.EdgeSpec(prev, next, border));
                }
                prev = next;
            }
        }
        return new RailNetwork(nodes.positions(), edges, borders, stations);
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
