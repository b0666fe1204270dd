package whereabouts.network;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import whereabouts.geo.LatLon;
import whereabouts.network.ch.WeightedGraph;

/**
 * The rail network's graph storage, in flat arrays: node positions, edges (ends, measured metres from the km
 * posts, drawn metres, how each was measured, border feature, and for roads the ways each may be travelled and
 * the seconds it takes) and a compressed adjacency (CSR) for the searches.
 * Compact enough for millions of nodes, and written to and read from disk as it is ({@link RailNetworkSnapshot}).
 * Immutable.
 */
final class RailGraph {
    final double[] nodeLat;
    final double[] nodeLon;
    final int[] edgeA;
    final int[] edgeB;
    /** Measured length (km-post chainage), metres: the routing weight. */
    final double[] edgeMeters;
    /** Geodesic length of the drawn edge, metres. */
    final double[] edgeDrawnMeters;
    /** {@link MeasureSource} ordinal per edge. */
    final byte[] edgeSource;
    /** Index into the network's borders per edge, or -1. */
    final int[] edgeBorder;
    /**
     * Per edge {@link WeightedGraph#FORWARD} (from A to B only), {@link WeightedGraph#BACKWARD} or
     * {@link WeightedGraph#BOTH}; null when every edge is two-way (rail, sea).
     */
    final byte[] edgeDirection;
    /**
     * Travel time of each edge at its speed, seconds: the routing weight when present (roads); null when routes are
     * the shortest by measured length (rail, sea).
     */
    final double[] edgeSeconds;
    final int[] adjStart;
    final int[] adjNode;
    final int[] adjEdge;
    /** Smallest measured/drawn ratio of any edge (at most 1): scales a straight-line heuristic. */
    final double minMeasureRatio;
    private final List<LatLon> nodes;
    private final WeightedGraph weighted;

    RailGraph(double[] nodeLat, double[] nodeLon, int[] edgeA, int[] edgeB, double[] edgeMeters,
            double[] edgeDrawnMeters, byte[] edgeSource, int[] edgeBorder) {
        this(nodeLat, nodeLon, edgeA, edgeB, edgeMeters, edgeDrawnMeters, edgeSource, edgeBorder, null, null);
    }

    RailGraph(double[] nodeLat, double[] nodeLon, int[] edgeA, int[] edgeB, double[] edgeMeters,
            double[] edgeDrawnMeters, byte[] edgeSource, int[] edgeBorder, byte[] edgeDirection,
            double[] edgeSeconds) {
        if ((edgeDirection != null && edgeDirection.length != edgeA.length)
                || (edgeSeconds != null && edgeSeconds.length != edgeA.length)) {
            throw new IllegalArgumentException("a direction and a time per edge");
        }
        this.edgeDirection = edgeDirection;
        this.edgeSeconds = edgeSeconds;
        this.nodeLat = nodeLat;
        this.nodeLon = nodeLon;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.edgeMeters = edgeMeters;
        this.edgeDrawnMeters = edgeDrawnMeters;
        this.edgeSource = edgeSource;
        this.edgeBorder = edgeBorder;
        int n = nodeLat.length;
        int m = edgeA.length;
        double minRatio = 1.0;
        adjStart = new int[n + 1];
        for (int i = 0; i < m; i++) {
            if (edgeDrawnMeters[i] > 0) {
                minRatio = Math.min(minRatio, edgeMeters[i] / edgeDrawnMeters[i]);
            }
            adjStart[edgeA[i] + 1]++;
            adjStart[edgeB[i] + 1]++;
        }
        minMeasureRatio = minRatio;
        for (int i = 0; i < n; i++) {
            adjStart[i + 1] += adjStart[i];
        }
        adjNode = new int[2 * m];
        adjEdge = new int[2 * m];
        int[] fill = java.util.Arrays.copyOf(adjStart, n);
        for (int i = 0; i < m; i++) {
            adjNode[fill[edgeA[i]]] = edgeB[i];
            adjEdge[fill[edgeA[i]]++] = i;
            adjNode[fill[edgeB[i]]] = edgeA[i];
            adjEdge[fill[edgeB[i]]++] = i;
        }
        nodes = new NodeList();
        weighted = new WeightedGraph(n, edgeA, edgeB, edgeSeconds != null ? edgeSeconds : edgeMeters, edgeDirection);
    }

    int nodeCount() {
        return nodeLat.length;
    }

    int edgeCount() {
        return edgeA.length;
    }

    /** The nodes as points, a view over the arrays. */
    List<LatLon> nodes() {
        return nodes;
    }

    LatLon node(int i) {
        return new LatLon(nodeLat[i], nodeLon[i]);
    }

    /** The routing cost of edge {@code e}: seconds for a timed network, measured metres otherwise. */
    double cost(int e) {
        return edgeSeconds != null ? edgeSeconds[e] : edgeMeters[e];
    }

    MeasureSource source(int e) {
        return MeasureSource.values()[edgeSource[e]];
    }

    /**
     * The graph with its routing weights (seconds where edges have times, measured metres otherwise) and
     * directions, for the contraction hierarchy.
     */
    WeightedGraph weighted() {
        return weighted;
    }

    private final class NodeList extends AbstractList<LatLon> implements RandomAccess {
        @Override
        public LatLon get(int index) {
            return node(index);
        }

        @Override
        public int size() {
            return nodeLat.length;
        }
    }
}
