package whereabouts.network.ch;

/**
 * A prepared contraction hierarchy of a {@link WeightedGraph}: every node has a rank (the order it was contracted
 * in) and shortcuts stand for the two-edge paths over a contracted node that no shorter witness path replaced
 * (Geisberger et al., "Contraction Hierarchies", 2008). A query then only climbs: from either end it follows
 * edges to higher-ranked nodes ({@link ChQuery}). Edge ids {@code 0 .. m - 1} are the graph's own edges, ids
 * {@code m ..} the shortcuts; a shortcut joins {@code shortcutA} to {@code shortcutB} through {@code skipFirst}
 * (which touches {@code shortcutA}) then {@code skipSecond}, and may be travelled the ways its direction allows
 * (as the graph's edges, {@link WeightedGraph#FORWARD} = from {@code shortcutA} to {@code shortcutB}). Immutable;
 * share one between threads.
 *
 * <p>Prepare with {@link #prepare(WeightedGraph)}, store and read with {@link ChFile}.
 */
public final class ContractionHierarchy {
    private final WeightedGraph graph;
    private final int[] rank;
    private final int[] shortcutA;
    private final int[] shortcutB;
    private final double[] shortcutWeight;
    private final int[] skipFirst;
    private final int[] skipSecond;
    private final byte[] shortcutDirection;
    // upward adjacency (CSR): for node u, the edges to higher-ranked nodes, and which way each may be travelled
    private final int[] upStart;
    private final int[] upNode;
    private final int[] upEdge;
    private final double[] upWeight;
    /** Per upward entry: {@link #UP} when it may be travelled upwards (u to the higher node), {@link #DOWN} down. */
    private final byte[] upWays;
    static final byte UP = 1;
    static final byte DOWN = 2;

    ContractionHierarchy(WeightedGraph graph, int[] rank, int[] shortcutA, int[] shortcutB, double[] shortcutWeight,
            int[] skipFirst, int[] skipSecond, byte[] shortcutDirection) {
        int n = graph.nodeCount();
        if (rank.length != n) {
            throw new IllegalArgumentException("a rank per node: " + rank.length + " for " + n + " nodes");
        }
        this.graph = graph;
        this.rank = rank;
        this.shortcutA = shortcutA;
        this.shortcutB = shortcutB;
        this.shortcutWeight = shortcutWeight;
        this.skipFirst = skipFirst;
        this.skipSecond = skipSecond;
        this.shortcutDirection = shortcutDirection;
        if (shortcutDirection.length != shortcutA.length) {
            throw new IllegalArgumentException("a direction per shortcut");
        }
        int m = graph.edgeCount();
        int total = m + shortcutA.length;
        upStart = new int[n + 1];
        for (int e = 0; e < total; e++) {
            upStart[lower(e) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            upStart[i + 1] += upStart[i];
        }
        upNode = new int[total];
        upEdge = new int[total];
        upWeight = new double[total];
        upWays = new byte[total];
        int[] fill = java.util.Arrays.copyOf(upStart, n);
        for (int e = 0; e < total; e++) {
            int low = lower(e);
            int at = fill[low]++;
            upNode[at] = endA(e) == low ? endB(e) : endA(e);
            upEdge[at] = e;
            upWeight[at] = weight(e);
            byte d = direction(e);
            boolean fromA = endA(e) == low;
            boolean up = (d & (fromA ? WeightedGraph.FORWARD : WeightedGraph.BACKWARD)) != 0;
            boolean down = (d & (fromA ? WeightedGraph.BACKWARD : WeightedGraph.FORWARD)) != 0;
            upWays[at] = (byte) ((up ? UP : 0) | (down ? DOWN : 0));
        }
    }

    /** Contracts every node of {@code graph} (see {@link ChPreparation}). */
    public static ContractionHierarchy prepare(WeightedGraph graph) {
        return new ChPreparation(graph).run();
    }

    private int lower(int e) {
        int a = endA(e);
        int b = endB(e);
        return rank[a] < rank[b] ? a : b;
    }

    public WeightedGraph graph() {
        return graph;
    }

    public int nodeCount() {
        return graph.nodeCount();
    }

    public int shortcutCount() {
        return shortcutA.length;
    }

    /** The order in which node {@code v} was contracted (0 = first, lowest). */
    public int rank(int v) {
        return rank[v];
    }

    boolean isShortcut(int e) {
        return e >= graph.edgeCount();
    }

    int endA(int e) {
        int m = graph.edgeCount();
        return e < m ? graph.edgeA()[e] : shortcutA[e - m];
    }

    int endB(int e) {
        int m = graph.edgeCount();
        return e < m ? graph.edgeB()[e] : shortcutB[e - m];
    }

    double weight(int e) {
        int m = graph.edgeCount();
        return e < m ? graph.weight()[e] : shortcutWeight[e - m];
    }

    /** The ways edge {@code e} (the graph's or a shortcut) may be travelled, as {@link WeightedGraph#direction}. */
    byte direction(int e) {
        int m = graph.edgeCount();
        return e < m ? graph.direction(e) : shortcutDirection[e - m];
    }

    int skipFirst(int shortcut) {
        return skipFirst[shortcut - graph.edgeCount()];
    }

    int skipSecond(int shortcut) {
        return skipSecond[shortcut - graph.edgeCount()];
    }

    int upStart(int u) {
        return upStart[u];
    }

    int upEnd(int u) {
        return upStart[u + 1];
    }

    int upNode(int i) {
        return upNode[i];
    }

    int upEdge(int i) {
        return upEdge[i];
    }

    double upWeight(int i) {
        return upWeight[i];
    }

    /** {@link #UP} and/or {@link #DOWN}: which ways upward entry {@code i} may be travelled. */
    byte upWays(int i) {
        return upWays[i];
    }

    // raw arrays for ChFile
    int[] ranks() {
        return rank;
    }

    int[] shortcutA() {
        return shortcutA;
    }

    int[] shortcutB() {
        return shortcutB;
    }

    double[] shortcutWeights() {
        return shortcutWeight;
    }

    int[] skipFirsts() {
        return skipFirst;
    }

    int[] skipSeconds() {
        return skipSecond;
    }

    byte[] shortcutDirections() {
        return shortcutDirection;
    }
}
