package whereabouts.network.ch;

import java.util.Arrays;

/**
 * Contracts the nodes of a graph one at a time, least important first, into a {@link ContractionHierarchy}.
 * Importance is 4 × the edge difference (shortcuts a contraction would add minus the edges it removes), plus
 * the same difference counted in the graph's own edges the shortcuts stand for, plus 2 × the neighbours already
 * contracted and 2 × the node's depth in the hierarchy, so contraction spreads evenly (weights tuned on
 * generated grids: fewer shortcuts and about 40 % fewer nodes settled per query than the edge difference alone); it is
 * re-checked lazily when a node comes up (Geisberger et al. 2008). Before a shortcut {@code u–v–w} is added, a
 * witness search from {@code u} that avoids {@code v} looks for a path to {@code w} at most as long; the search
 * is bounded ({@value #WITNESS_SETTLED_LIMIT} settled nodes), which may add a shortcut that was not needed but
 * never loses one, so distances stay exact.
 *
 * <p>Directed graphs (one-way roads): contracting {@code v} joins each neighbour {@code u} that may enter
 * {@code v} to each neighbour {@code w} that {@code v} may be left for, by a one-way shortcut {@code u → w},
 * unless a witness search that follows the edges' directions from {@code u} finds {@code w} as near; the two
 * one-way shortcuts of a pair become one two-way shortcut when they are equal and skip the same two-way edges. On
 * an undirected graph (every edge two-way) that is exactly the undirected contraction. Single use, not
 * thread-safe.
 */
final class ChPreparation {
    static final int WITNESS_SETTLED_LIMIT = 100;

    private final WeightedGraph graph;
    private final int n;
    private final int m;
    // every edge: the graph's own (0 .. m-1), then the shortcuts
    private int[] edgeA;
    private int[] edgeB;
    private double[] weight;
    private int[] skipFirst;
    private int[] skipSecond;
    /** {@link WeightedGraph#FORWARD}, {@link WeightedGraph#BACKWARD} or {@link WeightedGraph#BOTH} per edge. */
    private byte[] dir;
    /** How many of the graph's own edges each edge stands for (1 for those, the sum of the two for a shortcut). */
    private int[] originalCount;
    private int edgeCount;
    /** Sum of {@link #originalCount} of the shortcuts found by the last {@link #contract}, less the edges removed. */
    private int originalDifference;
    // incident edge ids per node (edges to contracted nodes are dropped lazily)
    private final int[][] incident;
    private final int[] degree;
    private final boolean[] contracted;
    private final int[] contractedNeighbours;
    private final int[] depth;
    private final boolean undirected;
    // neighbours of the node under contraction: the lightest edge from each (in) and to each (out), or -1
    private int[] nbr = new int[16];
    private int[] inEdge = new int[16];
    private double[] inWeight = new double[16];
    private int[] outEdge = new int[16];
    private double[] outWeight = new double[16];
    private int nbrCount;
    // shortcuts the contraction of one node needs: from neighbour slot, to neighbour slot, weight
    private int[] needFrom = new int[16];
    private int[] needTo = new int[16];
    private double[] needWeight = new double[16];
    private int needCount;
    private final int[] slot;
    private final int[] slotStamp;
    private int stamp;
    // witness search state
    private final double[] dist;
    private int[] touched = new int[64];
    private int touchedCount;
    private final MinHeap heap = new MinHeap();

    ChPreparation(WeightedGraph graph) {
        this.graph = graph;
        n = graph.nodeCount();
        m = graph.edgeCount();
        int capacity = Math.max(16, m + m / 2);
        edgeA = Arrays.copyOf(graph.edgeA(), capacity);
        edgeB = Arrays.copyOf(graph.edgeB(), capacity);
        weight = Arrays.copyOf(graph.weight(), capacity);
        skipFirst = new int[capacity];
        skipSecond = new int[capacity];
        dir = new byte[capacity];
        for (int e = 0; e < m; e++) {
            dir[e] = graph.direction(e);
        }
        undirected = graph.undirected();
        originalCount = new int[capacity];
        Arrays.fill(originalCount, 0, m, 1);
        edgeCount = m;
        degree = new int[n];
        for (int e = 0; e < m; e++) {
            degree[edgeA[e]]++;
            degree[edgeB[e]]++;
        }
        incident = new int[n][];
        for (int v = 0; v < n; v++) {
            incident[v] = new int[Math.max(2, degree[v])];
        }
        Arrays.fill(degree, 0);
        for (int e = 0; e < m; e++) {
            addIncident(edgeA[e], e);
            addIncident(edgeB[e], e);
        }
        contracted = new boolean[n];
        contractedNeighbours = new int[n];
        depth = new int[n];
        slot = new int[n];
        slotStamp = new int[n];
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
    }

    ContractionHierarchy run() {
        double[] priority = new double[n];
        MinHeap queue = new MinHeap();
        for (int v = 0; v < n; v++) {
            priority[v] = priority(v);
            queue.add(priority[v], v);
        }
        int[] rank = new int[n];
        int order = 0;
        while (!queue.isEmpty()) {
            double p = queue.peekKey();
            int v = queue.poll();
            if (contracted[v] || p != priority[v]) {
                continue; // contracted already, or a stale entry
            }
            double now = priority(v);
            if (!queue.isEmpty() && now > queue.peekKey()) {
                priority[v] = now;
                queue.add(now, v);
                continue;
            }
            contract(v, true);
            contracted[v] = true;
            rank[v] = order++;
            for (int i = 0; i < nbrCount; i++) {
                int u = nbr[i];
                contractedNeighbours[u]++;
                depth[u] = Math.max(depth[u], depth[v] + 1);
            }
            int[] touchedNeighbours = Arrays.copyOf(nbr, nbrCount);
            for (int u : touchedNeighbours) {
                priority[u] = priority(u);
                queue.add(priority[u], u);
            }
        }
        int s = edgeCount - m;
        return new ContractionHierarchy(graph, rank, Arrays.copyOfRange(edgeA, m, edgeCount),
                Arrays.copyOfRange(edgeB, m, edgeCount), Arrays.copyOfRange(weight, m, edgeCount),
                Arrays.copyOf(skipFirst, s), Arrays.copyOf(skipSecond, s), Arrays.copyOfRange(dir, m, edgeCount));
    }

    private double priority(int v) {
        int shortcuts = contract(v, false);
        return 4.0 * (shortcuts - nbrCount) + originalDifference + 2.0 * contractedNeighbours[v] + 2.0 * depth[v];
    }

    /**
     * Finds the shortcuts that contracting {@code v} needs, adds them when {@code add}, and returns how many;
     * leaves {@code v}'s remaining neighbours in {@code nbr}.
     */
    private int contract(int v, boolean add) {
        collectNeighbours(v);
        originalDifference = 0;
        for (int i = 0; i < nbrCount; i++) {
            if (inEdge[i] >= 0) {
                originalDifference -= originalCount[inEdge[i]];
            }
            if (outEdge[i] >= 0 && outEdge[i] != inEdge[i]) {
                originalDifference -= originalCount[outEdge[i]];
            }
        }
        needCount = 0;
        for (int i = 0; i < nbrCount; i++) {
            if (inEdge[i] < 0) {
                continue;
            }
            // undirected: the pair (i, j) once, for j > i; directed: every j that v may be left for
            int firstJ = undirected ? i + 1 : 0;
            double maxOut = -1;
            for (int j = firstJ; j < nbrCount; j++) {
                if (j != i && outEdge[j] >= 0) {
                    maxOut = Math.max(maxOut, outWeight[j]);
                }
            }
            if (maxOut < 0) {
                continue;
            }
            witnessSearch(nbr[i], v, inWeight[i] + maxOut);
            for (int j = firstJ; j < nbrCount; j++) {
                if (j == i || outEdge[j] < 0) {
                    continue;
                }
                double via = inWeight[i] + outWeight[j];
                if (dist[nbr[j]] > via) {
                    need(i, j, via);
                }
            }
            resetWitness();
        }
        int shortcuts = 0;
        for (int k = 0; k < needCount; k++) {
            int i = needFrom[k];
            int j = needTo[k];
            if (i < 0) {
                continue; // merged into a two-way shortcut already
            }
            byte d = WeightedGraph.FORWARD;
            if (undirected) {
                d = WeightedGraph.BOTH;
            } else if (inEdge[i] == outEdge[i] && inEdge[j] == outEdge[j]) {
                // the reverse shortcut over the same two-way edges, if it is needed too, is the same shortcut
                for (int r = k + 1; r < needCount; r++) {
                    if (needFrom[r] == j && needTo[r] == i && needWeight[r] == needWeight[k]) {
                        needFrom[r] = -1;
                        d = WeightedGraph.BOTH;
                        break;
                    }
                }
            }
            shortcuts++;
            originalDifference += originalCount[inEdge[i]] + originalCount[outEdge[j]];
            if (add) {
                addShortcut(nbr[i], nbr[j], needWeight[k], inEdge[i], outEdge[j], d);
            }
        }
        return shortcuts;
    }

    private void need(int from, int to, double w) {
        if (needCount == needFrom.length) {
            needFrom = Arrays.copyOf(needFrom, needCount * 2);
            needTo = Arrays.copyOf(needTo, needCount * 2);
            needWeight = Arrays.copyOf(needWeight, needCount * 2);
        }
        needFrom[needCount] = from;
        needTo[needCount] = to;
        needWeight[needCount++] = w;
    }

    /** True when edge {@code e} may be travelled starting from its end {@code from}. */
    private boolean leaves(int e, int from) {
        return edgeA[e] == from ? (dir[e] & WeightedGraph.FORWARD) != 0 : (dir[e] & WeightedGraph.BACKWARD) != 0;
    }

    private void collectNeighbours(int v) {
        stamp++;
        nbrCount = 0;
        int[] list = incident[v];
        int kept = 0;
        for (int k = 0; k < degree[v]; k++) {
            int e = list[k];
            int u = edgeA[e] == v ? edgeB[e] : edgeA[e];
            if (contracted[u]) {
                continue;
            }
            list[kept++] = e;
            int at;
            if (slotStamp[u] == stamp) {
                at = slot[u];
            } else {
                if (nbrCount == nbr.length) {
                    int cap = nbrCount * 2;
                    nbr = Arrays.copyOf(nbr, cap);
                    inEdge = Arrays.copyOf(inEdge, cap);
                    inWeight = Arrays.copyOf(inWeight, cap);
                    outEdge = Arrays.copyOf(outEdge, cap);
                    outWeight = Arrays.copyOf(outWeight, cap);
                }
                slotStamp[u] = stamp;
                slot[u] = nbrCount;
                at = nbrCount++;
                nbr[at] = u;
                inEdge[at] = -1;
                outEdge[at] = -1;
                inWeight[at] = Double.POSITIVE_INFINITY;
                outWeight[at] = Double.POSITIVE_INFINITY;
            }
            if (leaves(e, u) && weight[e] < inWeight[at]) {
                inWeight[at] = weight[e];
                inEdge[at] = e;
            }
            if (leaves(e, v) && weight[e] < outWeight[at]) {
                outWeight[at] = weight[e];
                outEdge[at] = e;
            }
        }
        degree[v] = kept;
    }

    /**
     * Dijkstra from {@code source} along the edges' directions, avoiding {@code avoid} and contracted nodes, up to
     * {@code maxCost}.
     */
    private void witnessSearch(int source, int avoid, double maxCost) {
        touch(source);
        dist[source] = 0;
        heap.add(0, source);
        int settled = 0;
        while (!heap.isEmpty()) {
            double d = heap.peekKey();
            if (d > maxCost) {
                break;
            }
            int x = heap.poll();
            if (d > dist[x]) {
                continue;
            }
            if (++settled > WITNESS_SETTLED_LIMIT) {
                break;
            }
            int[] list = incident[x];
            for (int k = 0, end = degree[x]; k < end; k++) {
                int e = list[k];
                int y = edgeA[e] == x ? edgeB[e] : edgeA[e];
                if (y == avoid || contracted[y] || !leaves(e, x)) {
                    continue;
                }
                double nd = d + weight[e];
                if (nd < dist[y]) {
                    if (dist[y] == Double.POSITIVE_INFINITY) {
                        touch(y);
                    }
                    dist[y] = nd;
                    heap.add(nd, y);
                }
            }
        }
    }

    private void touch(int v) {
        if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = v;
    }

    private void resetWitness() {
        for (int i = 0; i < touchedCount; i++) {
            dist[touched[i]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
        heap.clear();
    }

    private void addShortcut(int a, int b, double w, int first, int second, byte direction) {
        if (edgeCount == edgeA.length) {
            int cap = edgeCount + edgeCount / 2 + 16;
            edgeA = Arrays.copyOf(edgeA, cap);
            edgeB = Arrays.copyOf(edgeB, cap);
            weight = Arrays.copyOf(weight, cap);
            skipFirst = Arrays.copyOf(skipFirst, cap);
            skipSecond = Arrays.copyOf(skipSecond, cap);
            originalCount = Arrays.copyOf(originalCount, cap);
            dir = Arrays.copyOf(dir, cap);
        }
        int e = edgeCount++;
        edgeA[e] = a;
        edgeB[e] = b;
        weight[e] = w;
        skipFirst[e - m] = first;
        skipSecond[e - m] = second;
        dir[e] = direction;
        originalCount[e] = originalCount[first] + originalCount[second];
        addIncident(a, e);
        addIncident(b, e);
    }

    private void addIncident(int v, int e) {
        if (degree[v] == incident[v].length) {
            incident[v] = Arrays.copyOf(incident[v], degree[v] * 2);
        }
        incident[v][degree[v]++] = e;
    }
}
