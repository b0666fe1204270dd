package whereabouts.network.ch;

/**
 * An undirected graph in arrays, the input of a {@link ContractionHierarchy}: edge {@code e} joins nodes
 * {@code edgeA[e]} and {@code edgeB[e]} at cost {@code weight[e]} (for rail: the measured metres, km posts).
 * The arrays are shared, not copied: callers must not change them afterwards.
 *
 * @param nodeCount nodes are {@code 0 .. nodeCount - 1}
 * @param edgeA     one end of each edge
 * @param edgeB     the other end of each edge
 * @param weight    the cost of each edge, finite and >= 0
 */
public record WeightedGraph(int nodeCount, int[] edgeA, int[] edgeB, double[] weight) {
    public WeightedGraph {
        if (edgeA.length != edgeB.length || edgeA.length != weight.length) {
            throw new IllegalArgumentException("edgeA, edgeB and weight must have one entry per edge");
        }
    }

    public int edgeCount() {
        return edgeA.length;
    }
}
