package whereabouts.rail;

import java.util.Arrays;
import java.util.Optional;

/**
 * A* over the network's compact adjacency arrays between two {@link RailSnap}s, which act as virtual nodes:
 * the search starts from both ends of the start edge (with the partial costs to them) and finishes at either end of
 * the end edge (plus the partial cost from it), so the shared graph is never modified and concurrent searches are
 * safe. The heuristic is 0.99 × the spherical distance to the end point, a lower bound of the geodesic edge
 * lengths (sphere and WGS84 ellipsoid differ by less than 0.6 %), so results are exact shortest paths.
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

    ShortestPathSearch(RailNetwork net) {
        this.net = net;
    }

    Optional<Path> between(RailSnap from, RailSnap to) {
        if (from.edge() == to.edge()) {
            double len = net.edgeMeters(from.edge());
            return Optional.of(new Path(Math.abs(from.fraction() - to.fraction()) * len, 0, new int[0], new int[0]));
        }
        int n = net.nodeCount();
        double[] g = new double[n];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        int[] predNode = new int[n];
        int[] predEdge = new int[n];
        boolean[] closed = new boolean[n];
        double targetLat = to.point().lat();
        double targetLon = to.point().lon();
        Heap heap = new Heap();

        double fromLen = net.edgeMeters(from.edge());
        int s1 = net.edgeA(from.edge());
        int s2 = net.edgeB(from.edge());
        relax(heap, g, predNode, predEdge, s1, from.fraction() * fromLen, -1, -1, targetLat, targetLon);
        relax(heap, g, predNode, predEdge, s2, (1 - from.fraction()) * fromLen, -1, -1, targetLat, targetLon);

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
                    relax(heap, g, predNode, predEdge, v, g[u] + net.edgeMeters(e), u, e, targetLat, targetLon);
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

    private void relax(Heap heap, double[] g, int[] predNode, int[] predEdge, int v, double cost, int from, int edge,
            double targetLat, double targetLon) {
        if (cost < g[v]) {
            g[v] = cost;
            predNode[v] = from;
            predEdge[v] = edge;
            heap.add(cost + heuristic(v, targetLat, targetLon), v);
        }
    }

    private double heuristic(int node, double lat, double lon) {
        double p1 = Math.toRadians(net.nodeLat(node));
        double p2 = Math.toRadians(lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon - net.nodeLon(node));
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return HEURISTIC_FACTOR * 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Binary min-heap of (key, node) pairs in primitive arrays; duplicates allowed (lazy deletion). */
    private static final class Heap {
        private double[] keys = new double[64];
        private int[] vals = new int[64];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        double peekKey() {
            return keys[0];
        }

        void add(double key, int val) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                vals = Arrays.copyOf(vals, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                vals[i] = vals[parent];
                i = parent;
            }
            keys[i] = key;
            vals[i] = val;
        }

        int poll() {
            int top = vals[0];
            size--;
            double key = keys[size];
            int val = vals[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                vals[i] = vals[child];
                i = child;
            }
            keys[i] = key;
            vals[i] = val;
            return top;
        }
    }
}
