package whereabouts.network;

import java.util.Optional;
import whereabouts.network.ch.ChQuery;

/**
 * Exact best paths between two {@link RailSnap}s on the network's contraction hierarchy
 * ({@link RailNetwork#contractionHierarchy()}, {@link ChQuery}): the shortest by measured length (km posts) on
 * rail and sea, the fastest (seconds at each road's speed) on a network with speeds, and only the ways one-way
 * edges allow. The snaps act as virtual nodes: the search starts from the ends of the start edge it may drive to
 * (with the partial costs to them) and finishes at the ends of the end edge from which the end point may be
 * reached (plus the partial cost from it), so the shared graph is never modified and concurrent searches are safe.
 * Lengths are summed along the path's own edges, start to end, as a plain Dijkstra would sum them.
 */
final class ShortestPathSearch {
    /**
     * A best path: {@code nodes[i]} are the graph nodes passed, {@code edges[i]} the edge from {@code nodes[i]} to
     * {@code nodes[i + 1]}; {@code startMeters} is the partial edge from the start point to {@code nodes[0]};
     * {@code seconds} the travel time on a network with speeds (NaN otherwise). Both arrays are empty when the
     * path stays on one edge.
     */
    record Path(double meters, double startMeters, int[] nodes, int[] edges, double seconds) {
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
        int e = from.edge();
        int a = net.edgeA(e);
        int b = net.edgeB(e);
        if (e == to.edge() && net.leaves(e, from.fraction() <= to.fraction() ? a : b)) {
            // along the edge itself, the way it may be travelled
            double share = Math.abs(from.fraction() - to.fraction());
            return Optional.of(new Path(share * net.edgeMeters(e), 0, new int[0], new int[0],
                    share * net.edgeSeconds(e)));
        }
        double fromCost = net.edgeCost(e);
        int t = to.edge();
        int ta = net.edgeA(t);
        int tb = net.edgeB(t);
        double toCost = net.edgeCost(t);
        // leave the start edge towards A (travelling B -> A) and/or towards B; enter the end edge from A and/or B
        ChQuery.Path p = query().shortest(
                ends(net.leaves(e, b), a, net.leaves(e, a), b),
                costs(net.leaves(e, b), from.fraction() * fromCost, net.leaves(e, a), (1 - from.fraction()) * fromCost),
                ends(net.leaves(t, ta), ta, net.leaves(t, tb), tb),
                costs(net.leaves(t, ta), to.fraction() * toCost, net.leaves(t, tb), (1 - to.fraction()) * toCost));
        if (p == null) {
            return Optional.empty();
        }
        int first = p.nodes()[0];
        int last = p.nodes()[p.nodes().length - 1];
        double startMeters = (first == a ? from.fraction() : 1 - from.fraction()) * net.edgeMeters(e);
        double endMeters = (last == ta ? to.fraction() : 1 - to.fraction()) * net.edgeMeters(t);
        double meters = startMeters;
        double seconds = (first == a ? from.fraction() : 1 - from.fraction()) * net.edgeSeconds(e);
        for (int edge : p.edges()) {
            meters += net.edgeMeters(edge);
            seconds += net.edgeSeconds(edge);
        }
        seconds += (last == ta ? to.fraction() : 1 - to.fraction()) * net.edgeSeconds(t);
        return Optional.of(new Path(meters + endMeters, startMeters, p.nodes(), p.edges(), seconds));
    }

    private static int[] ends(boolean useA, int a, boolean useB, int b) {
        if (useA && useB) {
            return new int[] {a, b};
        }
        return useA ? new int[] {a} : useB ? new int[] {b} : new int[0];
    }

    private static double[] costs(boolean useA, double a, boolean useB, double b) {
        if (useA && useB) {
            return new double[] {a, b};
        }
        return useA ? new double[] {a} : useB ? new double[] {b} : new double[0];
    }
}
