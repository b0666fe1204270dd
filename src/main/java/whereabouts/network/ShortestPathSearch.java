package whereabouts.network;

import java.util.Optional;
import whereabouts.network.ch.ChQuery;

/**
 * Exact shortest paths by measured length (km posts) between two {@link RailSnap}s, on the network's contraction
 * hierarchy ({@link RailNetwork#contractionHierarchy()}, {@link ChQuery}). The snaps act as virtual nodes: the
 * search starts from both ends of the start edge (with the partial costs to them) and finishes at either end of
 * the end edge (plus the partial cost from it), so the shared graph is never modified and concurrent searches are
 * safe. Lengths are summed along the path's own edges, start to end, as a plain Dijkstra would sum them.
 */
final class ShortestPathSearch {
    /**
     * A shortest path: {@code nodes[i]} are the graph nodes passed, {@code edges[i]} the edge from
     * {@code nodes[i]} to {@code nodes[i + 1]}; {@code startMeters} is the partial edge from the start point to
     * {@code nodes[0]}. Both arrays are empty when start and end lie on the same edge.
     */
    record Path(double meters, double startMeters, int[] nodes, int[] edges) {
    }

    private final RailNetwork net;
    private volatile ChQuery query;

    /** The hierarchy is prepared (or read) on the first search, not here, so a server starts without waiting. */
    ShortestPathSearch(RailNetwork net) {
        this.net = net;
    }

    private ChQuery query() {
        ChQuery q = query;
        if (q == null) {
            synchronized (this) {
                if (query == null) {
                    query = new ChQuery(net.contractionHierarchy());
                }
                q = query;
            }
        }
        return q;
    }

    Optional<Path> between(RailSnap from, RailSnap to) {
        if (from.edge() == to.edge()) {
            double len = net.edgeMeters(from.edge());
            return Optional.of(new Path(Math.abs(from.fraction() - to.fraction()) * len, 0, new int[0], new int[0]));
        }
        double fromLen = net.edgeMeters(from.edge());
        double toLen = net.edgeMeters(to.edge());
        ChQuery.Path p = query().shortest(
                new int[] {net.edgeA(from.edge()), net.edgeB(from.edge())},
                new double[] {from.fraction() * fromLen, (1 - from.fraction()) * fromLen},
                new int[] {net.edgeA(to.edge()), net.edgeB(to.edge())},
                new double[] {to.fraction() * toLen, (1 - to.fraction()) * toLen});
        if (p == null) {
            return Optional.empty();
        }
        double meters = p.sourceCost();
        for (int e : p.edges()) {
            meters += net.edgeMeters(e);
        }
        return Optional.of(new Path(meters + p.targetCost(), p.sourceCost(), p.nodes(), p.edges()));
    }
}
