package whereabouts.rail;

import java.util.Arrays;
import java.util.Optional;

/**
 * A* over the network's compact adjacency arrays (edge costs: measured metres) between two {@link RailSnap}s, which act as virtual nodes:
 * the search starts from both ends of the start edge (with the partial costs to them) and finishes at either end of
 * the end edge (plus the partial cost from it), so the shared graph is never modified and concurrent searches are
 * safe. The heuristic is 0.99 × the chord (straight-line) distance to the end point on a sphere of mean radius,
 * never more than the geodesic (chord ≤ arc; sphere and WGS84 ellipsoid differ by less than 0.6 %), scaled by the
 * network's smallest measured/drawn ratio so that it never exceeds a measured cost either; results are exact
 * shortest paths; a chord needs one square root, no trigonometry. Per-thread work arrays are reused and
 * reset after each search, so a query allocates almost nothing.
 */
final class ShortestPathSearch {
    private static final double EARTH_MEAN_RADIUS_M = 6_371_008.8;
    private static final double HEURISTIC_FACTOR = 0.99;

    /**
     * A shortest path: {@code nodes[i]} are the graph nodes passed, {@code edges[i]} the edge from
     * {@code nodes[i]} to {@code nodes[i + 1]}; {@code startMeters} is the partial edge from the start point to
     * {@code nodes[0]}. Both arrays are empty when start and end lie on the same edge.
     */
    record Path(double meters, double startMeters, int[] nodes, int[] edges) {
    }

    private final RailNetwork net;
    private final double[] unitXyz;
    /** Metres per unit chord: 0.99 × mean radius × the network's smallest measured/drawn ratio (admissible). */
    private final double heuristicScale;
    private final ThreadLocal<Workspace> workspaces;

    ShortestPathSearch(RailNetwork net) {
        this.net = net;
        int n = net.nodeCount();
        heuristicScale = HEURISTIC_FACTOR * EARTH_MEAN_RADIUS_M * net.minMeasureRatio();
        unitXyz = new double[3 * n];
        for (int i = 0; i < n; i++) {
            unit(net.nodeLat(i), net.nodeLon(i), unitXyz, 3 * i);
        }
        workspaces = ThreadLocal.withInitial(() -> new Workspace(n));
    }

    private static void unit(double lat, double lon, double[] out, int at) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        out[at] = Math.cos(phi) * Math.cos(lambda);
        out[at + 1] = Math.cos(phi) * Math.sin(lambda);
        out[at + 2] = Math.sin(phi);
    }

    /** Search state for one thread: distances start at +infinity and are reset after each search. */
    private static final class Workspace {
        final double[] g;
        final int[] predNode;
        final int[] predEdge;
        final boolean[] closed;
        int[] touched = new int[256];
        int touchedCount;
        final MinHeap heap = new MinHeap();

        Workspace(int n) {
            g = new double[n];
            Arrays.fill(g, Double.POSITIVE_INFINITY);
            predNode = new int[n];
            predEdge = new int[n];
            closed = new boolean[n];
        }

        void touch(int v) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = v;
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                int v = touched[i];
                g[v] = Double.POSITIVE_INFINITY;
                closed[v] = false;
            }
            touchedCount = 0;
            heap.clear();
        }
    }

    Optional<Path> between(RailSnap from, RailSnap to) {
        if (from.edge() == to.edge()) {
            double len = net.edgeMeters(from.edge());
            return Optional.of(new Path(Math.abs(from.fraction() - to.fraction()) * len, 0, new int[0], new int[0]));
        }
        Workspace w = workspaces.get();
        try {
            return search(w, from, to);
        } finally {
            w.reset();
        }
    }

    private Optional<Path> search(Workspace w, RailSnap from, RailSnap to) {
        double[] g = w.g;
        int[] predNode = w.predNode;
        int[] predEdge = w.predEdge;
        boolean[] closed = w.closed;
        double[] target = new double[3];
        unit(to.point().lat(), to.point().lon(), target, 0);
        MinHeap heap = w.heap;

        double fromLen = net.edgeMeters(from.edge());
        int s1 = net.edgeA(from.edge());
        int s2 = net.edgeB(from.edge());
        relax(w, s1, from.fraction() * fromLen, -1, -1, target);
        relax(w, s2, (1 - from.fraction()) * fromLen, -1, -1, target);

        double toLen = net.edgeMeters(to.edge());
        int t1 = net.edgeA(to.edge());
        int t2 = net.edgeB(to.edge());
        double extra1 = to.fraction() * toLen;
        double extra2 = (1 - to.fraction()) * toLen;

        double best = Double.POSITIVE_INFINITY;
        int bestNode = -1;
        while (!heap.isEmpty()) {
            double f = heap.peekKey();
            if (f >= best) {
                break;
            }
            int u = heap.poll();
            if (closed[u]) {
                continue;
            }
            closed[u] = true;
            if (u == t1 && g[u] + extra1 < best) {
                best = g[u] + extra1;
                bestNode = u;
            }
            if (u == t2 && g[u] + extra2 < best) {
                best = g[u] + extra2;
                bestNode = u;
            }
            for (int i = net.adjStart(u), end = net.adjEnd(u); i < end; i++) {
                int v = net.adjNode(i);
                if (!closed[v]) {
                    int e = net.adjEdge(i);
                    relax(w, v, g[u] + net.edgeMeters(e), u, e, target);
                }
            }
        }
        if (bestNode < 0) {
            return Optional.empty();
        }
        int count = 0;
        for (int v = bestNode; v >= 0; v = predNode[v]) {
            count++;
        }
        int[] nodes = new int[count];
        int[] edges = new int[count - 1];
        int i = count - 1;
        for (int v = bestNode; v >= 0; v = predNode[v]) {
            nodes[i] = v;
            if (i > 0) {
                edges[i - 1] = predEdge[v];
            }
            i--;
        }
        // The first node has no predecessor, so its cost is still the partial edge from the start point.
        return Optional.of(new Path(best, g[nodes[0]], nodes, edges));
    }

    private void relax(Workspace w, int v, double cost, int from, int edge, double[] target) {
        if (cost < w.g[v]) {
            if (w.g[v] == Double.POSITIVE_INFINITY) {
                w.touch(v);
            }
            w.g[v] = cost;
            w.predNode[v] = from;
            w.predEdge[v] = edge;
            w.heap.add(cost + heuristic(v, target), v);
        }
    }

    private double heuristic(int node, double[] target) {
        int i = 3 * node;
        double dx = unitXyz[i] - target[0];
        double dy = unitXyz[i + 1] - target[1];
        double dz = unitXyz[i + 2] - target[2];
        return heuristicScale * Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
