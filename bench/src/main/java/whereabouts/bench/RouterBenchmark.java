package whereabouts.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.RailNetwork;
import whereabouts.network.Route;
import whereabouts.network.Router;
import whereabouts.network.SyntheticNetworkGenerator;

/**
 * Rail routing: query latency with snapping on the shipped network and on a generated 102,400-node grid, and the
 * cost of loading the shipped network. SampleTime mode gives percentiles (p99 is the target figure).
 * Run: java -jar bench/target/benchmarks.jar RouterBenchmark -f 1 -wi 2 -i 3
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RouterBenchmark {
    private static final int QUERIES = 1024;

    /** Random station-to-station queries, each end moved up to ~5 km off the line so it snaps mid-edge. */
    @State(Scope.Benchmark)
    public static class Shipped {
        Router router;
        List<LatLon>[] queries;
        int next;

        @Setup(Level.Trial)
        @SuppressWarnings("unchecked")
        public void setUp() {
            RailNetwork net = RailNetwork.fromClasspath();
            router = new Router(net);
            Random random = new Random(42);
            queries = new List[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                LatLon a = net.stations().get(random.nextInt(net.stations().size())).position();
                LatLon b = net.stations().get(random.nextInt(net.stations().size())).position();
                queries[i] = List.of(jitter(a, random, 5000), jitter(b, random, 5000));
            }
        }
    }

    /** A 320 × 320 jittered grid (102,400 nodes, ~20 % of edges dropped) with random node-to-node queries. */
    @State(Scope.Benchmark)
    public static class Synthetic {
        RailNetwork net;
        Router router;
        List<LatLon>[] queries;
        int[][] nodePairs;
        BidirectionalDijkstraShortestPath<Integer, DefaultWeightedEdge> jgrapht;
        int next;

        @Setup(Level.Trial)
        @SuppressWarnings("unchecked")
        public void setUp() {
            net = SyntheticNetworkGenerator.grid(320, 320, 2000, 0.2, 1, new LatLon(40, 100));
            router = new Router(net);
            jgrapht = new BidirectionalDijkstraShortestPath<>(net.graph());
            Random random = new Random(42);
            queries = new List[QUERIES];
            nodePairs = new int[QUERIES][];
            for (int i = 0; i < QUERIES; i++) {
                int a = random.nextInt(net.nodeCount());
                int b = random.nextInt(net.nodeCount());
                nodePairs[i] = new int[] {a, b};
                queries[i] = List.of(jitter(net.nodes().get(a), random, 300), jitter(net.nodes().get(b), random, 300));
            }
        }
    }

    static LatLon jitter(LatLon p, Random random, double maxMeters) {
        return Geodesy.destination(p, random.nextDouble() * 360, random.nextDouble() * maxMeters);
    }

    @Benchmark
    public Route routeShippedNetworkWithSnapping(Shipped s) {
        return s.router.route(s.queries[s.next++ & (QUERIES - 1)], Route.RAIL);
    }

    @Benchmark
    public Route routeSyntheticGrid100kWithSnapping(Synthetic s) {
        return s.router.route(s.queries[s.next++ & (QUERIES - 1)], Route.RAIL);
    }

    /** For comparison: JGraphT's bidirectional Dijkstra between grid nodes on the same graph (no snapping). */
    @Benchmark
    public GraphPath<Integer, DefaultWeightedEdge> jgraphtBidirectionalDijkstraSyntheticGrid100k(Synthetic s) {
        int[] q = s.nodePairs[s.next++ & (QUERIES - 1)];
        return s.jgrapht.getPath(q[0], q[1]);
    }

    @Benchmark
    public RailNetwork loadShippedNetworkAndBuildGraph() {
        return RailNetwork.fromClasspath();
    }
}
