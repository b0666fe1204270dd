package whereabouts.network.ch;

/**
 * A graph in arrays, the input of a {@link ContractionHierarchy}: edge {@code e} joins nodes {@code edgeA[e]} and
 * {@code edgeB[e]} at cost {@code weight[e]} (for rail and sea: the measured metres; for road: seconds at the
 * road's speed), travelled the ways {@code direction[e]} allows ({@link #FORWARD}: from A to B, {@link #BACKWARD}:
 * from B to A, {@link #BOTH}); a null {@code direction} means every edge is two-way (an undirected graph).
 * The arrays are shared, not copied: callers must not change them afterwards.
 *
 * @param nodeCount nodes are {@code 0 .. nodeCount - 1}
 * @param edgeA     one end of each edge
 * @param edgeB     the other end of each edge
 * @param weight    the cost of each edge, finite and >= 0 (the same both ways)
 * @param direction per edge {@link #FORWARD}, {@link #BACKWARD} or {@link #BOTH}; null when all are {@link #BOTH}
 */
public record WeightedGraph(int nodeCount, int[] edgeA, int[] edgeB, double[] weight, byte[] direction) {
    /** The edge may be travelled from {@code edgeA} to {@code edgeB}. */
    public static final byte FORWARD = 1;
    /** The edge may be travelled from {@code edgeB} to {@code edgeA}. */
    public static final byte BACKWARD = 2;
    /** Both ways. */
    public static final byte BOTH = 3;

    public WeightedGraph {
        if (edgeA.length != edgeB.length || edgeA.length != weight.length
                || (direction != null && direction.length != edgeA.length)) {
            throw new IllegalArgumentException("edgeA, edgeB, weight and direction must have one entry per edge");
        }
        if (direction != null) {
            for (byte d : direction) {
                if (d < FORWARD || d > BOTH) {
                    throw new IllegalArgumentException("an edge's direction is 1, 2 or 3, got " + d);
                }
            }
        }
    }

    /** An undirected graph: every edge two-way. */
    public WeightedGraph(int nodeCount, int[] edgeA, int[] edgeB, double[] weight) {
        this(nodeCount, edgeA, edgeB, weight, null);
    }

    public int edgeCount() {
        return edgeA.length;
    }

    /** True when every edge is two-way. */
    public boolean undirected() {
        return direction == null;
    }

    /** The directions edge {@code e} may be travelled ({@link #FORWARD}, {@link #BACKWARD} or {@link #BOTH}). */
    public byte direction(int e) {
        return direction == null ? BOTH : direction[e];
    }

    /** True when edge {@code e} may be travelled starting from its end {@code from}. */
    public boolean leaves(int e, int from) {
        byte d = direction(e);
        return edgeA[e] == from ? (d & FORWARD) != 0 : (d & BACKWARD) != 0;
    }
}
