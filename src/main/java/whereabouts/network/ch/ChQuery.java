package whereabouts.network.ch;

import java.util.Arrays;

/**
 * Shortest paths on a {@link ContractionHierarchy}: two Dijkstra searches that only climb to higher-ranked nodes,
 * one from the sources and one from the targets, meeting at the path's highest node; the shortcuts of the path
 * found are then unpacked into the graph's own edges. Sources and targets carry a start cost, so a query may
 * begin and end part-way along an edge (both ends of a snapped edge, each with the partial edge length), which
 * keeps mid-edge snapping exact without changing the graph. A search stops a side once its smallest key reaches
 * the best meeting found, which makes the answer exact. Per-thread work arrays, reset after each query: safe for
 * concurrent use.
 */
public final class ChQuery {
    /**
     * A shortest path: {@code nodes[i]} are the nodes passed (first a source, last a target), {@code edges[i]}
     * the graph's own edge from {@code nodes[i]} to {@code nodes[i + 1]}; {@code sourceCost} and
     * {@code targetCost} are the start costs of the source and target used.
     */
    public record Path(int[] nodes, int[] edges, double sourceCost, double targetCost) {
    }

    private final ContractionHierarchy ch;
    private final ThreadLocal<Workspace> workspaces;

    public ChQuery(ContractionHierarchy ch) {
        this.ch = ch;
        int n = ch.nodeCount();
        workspaces = ThreadLocal.withInitial(() -> new Workspace(n));
    }

    /** One side's search state: costs start at +infinity and are reset after each query. */
    private static final class Side {
        final double[] cost;
        final int[] predEdge;
        final int[] predNode;
        final MinHeap heap = new MinHeap();
        /** The way this side walks the upward edges: {@code UP} from the sources, {@code DOWN} to the targets. */
        final byte relax;
        /** The way an edge must allow for a higher node to have reached this one more cheaply (stalling). */
        final byte stall;
        int[] touched = new int[256];
        int touchedCount;

        Side(int n, boolean forward) {
            relax = forward ? ContractionHierarchy.UP : ContractionHierarchy.DOWN;
            stall = forward ? ContractionHierarchy.DOWN : ContractionHierarchy.UP;
            cost = new double[n];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            predEdge = new int[n];
            predNode = new int[n];
        }

        void reach(int v, double c, int fromNode, int edge) {
            if (cost[v] == Double.POSITIVE_INFINITY) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = v;
            }
            cost[v] = c;
            predNode[v] = fromNode;
            predEdge[v] = edge;
            heap.add(c, v);
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                cost[touched[i]] = Double.POSITIVE_INFINITY;
            }
            touchedCount = 0;
            heap.clear();
        }
    }

    private static final class Workspace {
        final Side forward;
        final Side backward;

        Workspace(int n) {
            forward = new Side(n, true);
            backward = new Side(n, false);
        }
    }

    /**
     * The shortest path from any of {@code sources} (each with its start cost) to any of {@code targets} (each
     * with its end cost), or null when none of them are connected.
     */
    public Path shortest(int[] sources, double[] sourceCosts, int[] targets, double[] targetCosts) {
        Workspace w = workspaces.get();
        try {
            return search(w.forward, w.backward, sources, sourceCosts, targets, targetCosts);
        } finally {
            w.forward.reset();
            w.backward.reset();
        }
    }

    private Path search(Side f, Side b, int[] sources, double[] sourceCosts, int[] targets, double[] targetCosts) {
        for (int i = 0; i < sources.length; i++) {
            if (sourceCosts[i] < f.cost[sources[i]]) {
                f.reach(sources[i], sourceCosts[i], -1, -1);
            }
        }
        for (int i = 0; i < targets.length; i++) {
            if (targetCosts[i] < b.cost[targets[i]]) {
                b.reach(targets[i], targetCosts[i], -1, -1);
            }
        }
        double best = Double.POSITIVE_INFINITY;
        int meet = -1;
        while (true) {
            boolean fOpen = !f.heap.isEmpty() && f.heap.peekKey() < best;
            boolean bOpen = !b.heap.isEmpty() && b.heap.peekKey() < best;
            if (!fOpen && !bOpen) {
                break;
            }
            Side side = fOpen && (!bOpen || f.heap.peekKey() <= b.heap.peekKey()) ? f : b;
            Side other = side == f ? b : f;
            double d = side.heap.peekKey();
            int u = side.heap.poll();
            if (d > side.cost[u]) {
                continue; // stale entry
            }
            double through = d + other.cost[u];
            if (through < best) {
                best = through;
                meet = u;
            }
            if (stalled(side, u, d)) {
                continue;
            }
            for (int i = ch.upStart(u), end = ch.upEnd(u); i < end; i++) {
                if ((ch.upWays(i) & side.relax) == 0) {
                    continue; // one way, the other way
                }
                int v = ch.upNode(i);
                double c = d + ch.upWeight(i);
                if (c < side.cost[v]) {
                    side.reach(v, c, u, ch.upEdge(i));
                }
            }
        }
        return meet < 0 ? null : unpack(f, b, meet);
    }

    /**
     * Stall on demand: when a higher-ranked neighbour already reached by this side offers a shorter way to
     * {@code u}, no shortest path climbs through {@code u} from here, so its edges need not be relaxed.
     */
    private boolean stalled(Side side, int u, double d) {
        for (int i = ch.upStart(u), end = ch.upEnd(u); i < end; i++) {
            if ((ch.upWays(i) & side.stall) != 0 && side.cost[ch.upNode(i)] + ch.upWeight(i) < d) {
                return true;
            }
        }
        return false;
    }

    private Path unpack(Side f, Side b, int meet) {
        IntList nodes = new IntList();
        IntList edges = new IntList();
        // forward half, collected from the meeting node back to its source, then reversed
        IntList up = new IntList();
        int v = meet;
        while (f.predNode[v] >= 0) {
            up.add(f.predEdge[v]);
            v = f.predNode[v];
        }
        int source = v;
        nodes.add(source);
        int at = source;
        for (int i = up.size - 1; i >= 0; i--) {
            at = walk(up.items[i], at, nodes, edges);
        }
        v = meet;
        while (b.predNode[v] >= 0) {
            at = walk(b.predEdge[v], at, nodes, edges);
            v = b.predNode[v];
        }
        return new Path(nodes.toArray(), edges.toArray(), f.cost[source], b.cost[v]);
    }

    /** Appends hierarchy edge {@code e} walked from {@code from}, unpacked; returns the node reached. */
    private int walk(int e, int from, IntList nodes, IntList edges) {
        if (!ch.isShortcut(e)) {
            int to = ch.endA(e) == from ? ch.endB(e) : ch.endA(e);
            edges.add(e);
            nodes.add(to);
            return to;
        }
        if (ch.endA(e) == from) {
            int mid = walk(ch.skipFirst(e), from, nodes, edges);
            return walk(ch.skipSecond(e), mid, nodes, edges);
        }
        int mid = walk(ch.skipSecond(e), from, nodes, edges);
        return walk(ch.skipFirst(e), mid, nodes, edges);
    }

    /** A growable int array. */
    private static final class IntList {
        int[] items = new int[32];
        int size;

        void add(int x) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
