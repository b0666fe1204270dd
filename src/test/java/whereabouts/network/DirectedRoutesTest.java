package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import whereabouts.geo.LatLon;
import whereabouts.network.ch.ChQuery;

/**
 * On a directed, timed network (roads: a third of them one-way, either way along the drawing, each with its own
 * speed) the contraction hierarchy finds exactly the travel time a plain Dijkstra finds on the directed graph
 * (JGraphT's, one arc per way an edge may be travelled), node to node and mid-edge to mid-edge, and every path
 * it returns uses its one-way edges only the way they allow.
 *
 * <pre>
 *   o──▶o──o◀─o        a jittered grid 2 km apart, a fifth of the edges missing,
 *   │   ▲  │  │        1/6 one-way along the drawing, 1/6 against it,
 *   o──o──▶o──o        speeds 30–110 km/h
 * </pre>
 */
class DirectedRoutesTest {
    private static final LatLon ORIGIN = new LatLon(48.0, 11.0);

    static RailNetwork roadGrid(int side, long seed) {
        Random random = new Random(seed);
        double dLat = 2000 / 111_320.0;
        double dLon = 2000 / (111_320.0 * Math.cos(Math.toRadians(ORIGIN.lat())));
        LatLon[][] p = new LatLon[side][side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                p[r][c] = new LatLon(ORIGIN.lat() + (r + (random.nextDouble() - 0.5) / 1.5) * dLat,
                        ORIGIN.lon() + (c + (random.nextDouble() - 0.5) / 1.5) * dLon);
            }
        }
        RailNetworkBuilder b = RailNetwork.builder().joinToleranceMeters(0);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (c + 1 < side && random.nextDouble() >= 0.2) {
                    road(b, p[r][c], p[r][c + 1], random);
                }
                if (r + 1 < side && random.nextDouble() >= 0.2) {
                    road(b, p[r][c], p[r + 1][c], random);
                }
            }
        }
        return b.build();
    }

    private static void road(RailNetworkBuilder b, LatLon x, LatLon y, Random random) {
        double u = random.nextDouble();
        int oneway = u < 1 / 6.0 ? 1 : u < 2 / 6.0 ? -1 : 0;
        b.addRoad("r", List.of(x, y), oneway, 30 + random.nextInt(9) * 10);
    }

    @Test
    void nodeToNodeTravelTimesAreThoseOfPlainDijkstraOnTheDirectedGraph() {
        RailNetwork net = roadGrid(40, 11);
        assertThat(net.timed()).isTrue();
        ChQuery ch = new ChQuery(net.contractionHierarchy());
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(net.graph());
        Random random = new Random(3);
        int reachable = 0;
        int asymmetric = 0;
        for (int i = 0; i < 40; i++) {
            int s = random.nextInt(net.nodeCount());
            SingleSourcePaths<Integer, DefaultWeightedEdge> from = dijkstra.getPaths(s);
            for (int j = 0; j < 50; j++) {
                int t = random.nextInt(net.nodeCount());
                double expected = from.getWeight(t);
                ChQuery.Path p = ch.shortest(new int[] {s}, new double[] {0}, new int[] {t}, new double[] {0});
                if (Double.isInfinite(expected)) {
                    assertThat(p).as("no path %d -> %d", s, t).isNull();
                    continue;
                }
                reachable++;
                assertThat(p).as("a path %d -> %d", s, t).isNotNull();
                double seconds = assertDrivable(net, p.nodes(), p.edges());
                assertThat(seconds).as("%d -> %d", s, t).isCloseTo(expected, within(1e-6));
                if (Math.abs(dijkstra.getPathWeight(t, s) - expected) > 1) {
                    asymmetric++;
                }
            }
        }
        assertThat(reachable).as("pairs with a path among the 2,000").isGreaterThan(1_200);
        assertThat(asymmetric).as("pairs whose way back takes another time (one-way streets)").isGreaterThan(200);
    }

    @Test
    void snappedEndsTravelTimesAreThoseOfPlainDijkstraAndLengthsAreTheRoadsLengths() {
        RailNetwork net = roadGrid(30, 5);
        ShortestPathSearch search = new ShortestPathSearch(net);
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(net.graph());
        List<RailSnap> from = snaps(net, 20, 8);
        List<RailSnap> to = snaps(net, 25, 9);
        int connected = 0;
        for (RailSnap a : from) {
            for (RailSnap b : to) {
                double expected = reference(net, dijkstra, a, b);
                Optional<ShortestPathSearch.Path> path = search.between(a, b);
                if (Double.isInfinite(expected)) {
                    assertThat(path).isEmpty();
                    continue;
                }
                connected++;
                ShortestPathSearch.Path p = path.orElseThrow();
                assertThat(p.seconds()).isCloseTo(expected, within(1e-6));
                if (p.nodes().length > 0) {
                    assertDrivable(net, p.nodes(), p.edges());
                    assertThat(net.leaves(a.edge(), p.nodes()[0] == net.edgeA(a.edge())
                            ? net.edgeB(a.edge()) : net.edgeA(a.edge()))).as("leaves its start edge the way it allows")
                            .isTrue();
                }
                assertThat(p.meters()).isCloseTo(lengthOf(net, a, b, p), within(1e-6));
            }
        }
        assertThat(connected).isGreaterThan(250);
    }

    @Test
    void aDirectedTimedNetworkReadBackFromItsSnapshotRoutesTheSame() throws Exception {
        RailNetwork built = roadGrid(20, 4);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        RailNetworkSnapshot.write(built, "key", bytes);
        RailNetwork read = RailNetworkSnapshot.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.timed()).isTrue();
        Router before = new Router(built, Profile.ROAD);
        Router after = new Router(read, Profile.ROAD);
        List<RailSnap> from = snaps(built, 20, 1);
        List<RailSnap> to = snaps(built, 20, 2);
        for (RailSnap a : from) {
            for (RailSnap b : to) {
                List<LatLon> ends = List.of(a.point(), b.point());
                Route expected = before.route(ends, Route.ROAD);
                assertThat(after.route(ends, Route.ROAD)).isEqualTo(expected);
                if (expected.mode().equals(Route.ROAD)) {
                    assertThat(expected.travelMinutes()).isNotNull();
                }
            }
        }
    }

    /** Random points over the grid's area, snapped to the network (so mostly mid-edge). */
    private static List<RailSnap> snaps(RailNetwork net, int count, long seed) {
        Random random = new Random(seed);
        double spanLat = net.nodes().stream().mapToDouble(LatLon::lat).max().orElseThrow() - ORIGIN.lat();
        double spanLon = net.nodes().stream().mapToDouble(LatLon::lon).max().orElseThrow() - ORIGIN.lon();
        List<RailSnap> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(net.snap(new LatLon(ORIGIN.lat() + random.nextDouble() * spanLat,
                    ORIGIN.lon() + random.nextDouble() * spanLon)).orElseThrow());
        }
        return out;
    }

    /** Best time from snap a to snap b by Dijkstra: out of a's edge the ways it allows, into b's edge likewise. */
    private static double reference(RailNetwork net, DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra,
            RailSnap a, RailSnap b) {
        int e = a.edge();
        int t = b.edge();
        double best = Double.POSITIVE_INFINITY;
        if (e == t && net.leaves(e, a.fraction() <= b.fraction() ? net.edgeA(e) : net.edgeB(e))) {
            best = Math.abs(a.fraction() - b.fraction()) * net.edgeSeconds(e);
        }
        int[] starts = {net.edgeA(e), net.edgeB(e)};
        double[] startCost = {a.fraction() * net.edgeSeconds(e), (1 - a.fraction()) * net.edgeSeconds(e)};
        // reaching A from inside the edge means travelling it from B towards A
        boolean[] startOk = {net.leaves(e, net.edgeB(e)), net.leaves(e, net.edgeA(e))};
        int[] ends = {net.edgeA(t), net.edgeB(t)};
        double[] endCost = {b.fraction() * net.edgeSeconds(t), (1 - b.fraction()) * net.edgeSeconds(t)};
        boolean[] endOk = {net.leaves(t, net.edgeA(t)), net.leaves(t, net.edgeB(t))};
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < 2; k++) {
                if (startOk[s] && endOk[k]) {
                    best = Math.min(best, startCost[s] + dijkstra.getPathWeight(starts[s], ends[k]) + endCost[k]);
                }
            }
        }
        return best;
    }

    /** Consecutive nodes are joined by the edges named, each travelled a way it allows; returns the seconds. */
    private static double assertDrivable(RailNetwork net, int[] nodes, int[] edges) {
        double seconds = 0;
        for (int i = 0; i < edges.length; i++) {
            int e = edges[i];
            assertThat(List.of(net.edgeA(e), net.edgeB(e))).containsExactlyInAnyOrder(nodes[i], nodes[i + 1]);
            assertThat(net.leaves(e, nodes[i])).as("edge %d travelled from %d the way it allows", e, nodes[i])
                    .isTrue();
            seconds += net.edgeSeconds(e);
        }
        return seconds;
    }

    private static double lengthOf(RailNetwork net, RailSnap a, RailSnap b, ShortestPathSearch.Path p) {
        if (p.nodes().length == 0) {
            return Math.abs(a.fraction() - b.fraction()) * net.edgeMeters(a.edge());
        }
        double m = p.startMeters();
        for (int e : p.edges()) {
            m += net.edgeMeters(e);
        }
        int last = p.nodes()[p.nodes().length - 1];
        return m + (last == net.edgeA(b.edge()) ? b.fraction() : 1 - b.fraction()) * net.edgeMeters(b.edge());
    }
}
