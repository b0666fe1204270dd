package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * The contraction-hierarchy search answers every pair with the length a plain Dijkstra (JGraphT's, on the same
 * measured weights) finds, both ends snapped mid-edge, and returns a path that really is connected and that long.
 */
class ContractionHierarchyRoutesTest {
    private static final LatLon ORIGIN = new LatLon(42.0, 130.0);

    /**
     * A jittered grid of {@code side × side} nodes 2 km apart, a fifth of its edges dropped (so some parts are cut
     * off), each edge a line with km posts at its ends that make its measured length 0.6–1.6 × the drawn one,
     * as on real lines whose chainage is not their drawn length.
     */
    static RailNetwork kmPostGrid(int side, long seed) {
        return JitteredGrid.build(side, seed, ORIGIN, ContractionHierarchyRoutesTest::addMeasured);
    }

    private static void addMeasured(RailNetworkBuilder b, LatLon x, LatLon y, Random random) {
        double km = Geodesy.distanceMeters(x, y) / 1000 * (0.6 + random.nextDouble());
        double start = random.nextDouble() * 500;
        b.addLine("l", List.of(x, y), List.of(start, start + km));
    }

    /** Random points over the grid's area, snapped to the network (so mostly mid-edge). */
    static List<RailSnap> snaps(RailNetwork net, int count, long seed) {
        Random random = new Random(seed);
        double spanLat = net.nodes().stream().mapToDouble(LatLon::lat).max().orElseThrow() - ORIGIN.lat();
        double spanLon = net.nodes().stream().mapToDouble(LatLon::lon).max().orElseThrow() - ORIGIN.lon();
        List<RailSnap> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LatLon p = new LatLon(ORIGIN.lat() + random.nextDouble() * spanLat,
                    ORIGIN.lon() + random.nextDouble() * spanLon);
            out.add(net.snap(p).orElseThrow());
        }
        return out;
    }

    @Test
    void everyPairHasTheLengthPlainDijkstraFinds() {
        RailNetwork net = kmPostGrid(45, 7);
        ShortestPathSearch ch = new ShortestPathSearch(net);
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(net.graph());
        List<RailSnap> from = snaps(net, 50, 1);
        List<RailSnap> to = snaps(net, 60, 2);
        int connected = 0;
        for (RailSnap a : from) {
            // plain Dijkstra from both ends of the start edge, each with its partial edge
            double len = net.edgeMeters(a.edge());
            SingleSourcePaths<Integer, DefaultWeightedEdge> fromA = dijkstra.getPaths(net.edgeA(a.edge()));
            SingleSourcePaths<Integer, DefaultWeightedEdge> fromB = dijkstra.getPaths(net.edgeB(a.edge()));
            for (RailSnap b : to) {
                double expected = reference(net, a, b, len, fromA, fromB);
                Optional<ShortestPathSearch.Path> path = ch.between(a, b);
                if (Double.isInfinite(expected)) {
                    assertThat(path).as("no path exists").isEmpty();
                    continue;
                }
                connected++;
                assertThat(path).isPresent();
                assertThat(path.get().meters()).isCloseTo(expected, within(1e-6));
                assertWalkable(net, a, b, path.get());
            }
        }
        assertThat(connected).as("pairs with a path among the 3,000").isGreaterThan(2_000);
    }

    private static double reference(RailNetwork net, RailSnap a, RailSnap b, double len,
            SingleSourcePaths<Integer, DefaultWeightedEdge> fromA,
            SingleSourcePaths<Integer, DefaultWeightedEdge> fromB) {
        if (a.edge() == b.edge()) {
            return Math.abs(a.fraction() - b.fraction()) * len;
        }
        double toLen = net.edgeMeters(b.edge());
        double best = Double.POSITIVE_INFINITY;
        double[] startCost = {a.fraction() * len, (1 - a.fraction()) * len};
        int[] ends = {net.edgeA(b.edge()), net.edgeB(b.edge())};
        double[] endCost = {b.fraction() * toLen, (1 - b.fraction()) * toLen};
        List<SingleSourcePaths<Integer, DefaultWeightedEdge>> starts = List.of(fromA, fromB);
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) {
                best = Math.min(best, startCost[s] + starts.get(s).getWeight(ends[t]) + endCost[t]);
            }
        }
        return best;
    }

    /** Consecutive nodes are joined by the edges named, the first and last are ends of the snapped edges. */
    private static void assertWalkable(RailNetwork net, RailSnap a, RailSnap b, ShortestPathSearch.Path p) {
        if (a.edge() == b.edge()) {
            return;
        }
        int[] nodes = p.nodes();
        assertThat(nodes[0]).isIn(net.edgeA(a.edge()), net.edgeB(a.edge()));
        assertThat(nodes[nodes.length - 1]).isIn(net.edgeA(b.edge()), net.edgeB(b.edge()));
        double sum = p.startMeters();
        for (int i = 0; i < p.edges().length; i++) {
            int e = p.edges()[i];
            assertThat(List.of(net.edgeA(e), net.edgeB(e))).containsExactlyInAnyOrder(nodes[i], nodes[i + 1]);
            sum += net.edgeMeters(e);
        }
        double endLen = net.edgeMeters(b.edge());
        int last = nodes[nodes.length - 1];
        sum += last == net.edgeA(b.edge()) ? b.fraction() * endLen : (1 - b.fraction()) * endLen;
        assertThat(sum).isCloseTo(p.meters(), within(1e-6));
    }

    @Test
    void theShippedNetworkRoutesAsPlainDijkstraDoes() {
        RailNetwork net = RailNetwork.fromClasspath();
        ShortestPathSearch ch = new ShortestPathSearch(net);
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(net.graph());
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            Station x = net.stations().get(random.nextInt(net.stations().size()));
            Station y = net.stations().get(random.nextInt(net.stations().size()));
            RailSnap a = net.snap(x.position()).orElseThrow();
            RailSnap b = net.snap(y.position()).orElseThrow();
            double len = net.edgeMeters(a.edge());
            double expected = reference(net, a, b, len, dijkstra.getPaths(net.edgeA(a.edge())),
                    dijkstra.getPaths(net.edgeB(a.edge())));
            Optional<ShortestPathSearch.Path> path = ch.between(a, b);
            assertThat(path.isPresent()).isEqualTo(!Double.isInfinite(expected));
            path.ifPresent(p -> assertThat(p.meters()).isCloseTo(expected, within(1e-6)));
        }
    }
}
