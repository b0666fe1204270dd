package whereabouts.bench;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import whereabouts.geo.LatLon;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkSource;
import whereabouts.network.Route;
import whereabouts.network.Router;
import whereabouts.network.SyntheticNetworkGenerator;
import whereabouts.network.osm.RailImport;

/**
 * Issue #22, item 3: our router (contraction hierarchy, read from the persisted graph) against GraphHopper's
 * contraction hierarchies ({@code graphhopper-core}, bench module only) and pgRouting's {@code pgr_dijkstra}, in
 * one run, on the same generated OSM file and the same queries.
 *
 * <p>The file: {@link SyntheticNetworkGenerator#grid} (320 × 320 nodes 2 km apart, jittered, 20 % of the edges
 * dropped, seed 1) written as OSM XML, one way per edge tagged {@code railway=rail} (what our
 * {@code import-rail} reads) and {@code highway=primary} (what GraphHopper reads). Ours: {@link RailImport} of the
 * file, then {@link RailNetworkSource#fromDirectory} twice (the first builds and persists the hierarchy, the second
 * reads it, as the next server start does), then {@link Router#route} given the nodes' exact positions (snap, CH
 * search, the route's geometry, measures and stations). GraphHopper: {@code importOrLoad} of the same file with a
 * CH profile whose custom model has one speed everywhere and no distance influence, so its fastest route is the
 * shortest; {@code route} with instructions off (points on). pgRouting: the imported network's edges (measured
 * metres) COPYed into a table, {@code pgr_dijkstra} as documented. Each side: one warm-up pass over all queries,
 * then one timed pass; wall time and the calling thread's CPU time of each query.
 *
 * <pre>java -Xmx3g -cp bench/target/benchmarks.jar whereabouts.bench.RoutingSideBySide JDBC_URL [queries] WORK_DIR</pre>
 */
public final class RoutingSideBySide {
    private static final String DB = "whereabouts_routing_side_by_side";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RoutingSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int queries = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        System.out.println("load average at start: " + SideBySideBenchmark.loadAverage());
        Path pbf = work.resolve("grid.osm");
        Path data = work.resolve("data");
        if (!Files.isRegularFile(pbf)) {
            writeGridAsOsm(pbf);
        }
        long t0 = System.nanoTime();
        GraphHopper hopper = graphHopper(pbf, work.resolve("gh"));
        System.out.printf(Locale.ROOT, "GraphHopper: import + CH preparation %.1f s; %,d nodes, %,d edges%n",
                seconds(t0), hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
        t0 = System.nanoTime();
        if (!Files.isRegularFile(RailNetworkSource.railDirectory(data).resolve(RailNetworkSource.SNAPSHOT))) {
            new RailImport(data, Clock.systemUTC()).importFiles(List.of(pbf), false);
            System.out.printf(Locale.ROOT, "ours: import-rail %.1f s%n", seconds(t0));
            t0 = System.nanoTime();
            RailNetworkSource.fromDirectory(RailNetworkSource.railDirectory(data)).contractionHierarchy();
            System.out.printf(Locale.ROOT, "ours: first start (build + prepare CH + persist) %.1f s%n", seconds(t0));
        } else {
            System.out.println("ours: reusing the import and persisted graph in " + data);
        }
        t0 = System.nanoTime();
        RailNetwork net = RailNetworkSource.fromDirectory(RailNetworkSource.railDirectory(data));
        System.out.printf(Locale.ROOT, "ours: next start (persisted graph read) %.1f s; %,d nodes, %,d edges%n",
                seconds(t0), net.nodeCount(), net.edgeCount());


        Random random = new Random(42);
        int[][] pairs = new int[queries][];
        for (int i = 0; i < queries; i++) {
            pairs[i] = new int[] {random.nextInt(net.nodeCount()), random.nextInt(net.nodeCount())};
        }
        Router router = new Router(net);
        double[] ourMeters = new double[queries];
        long[][] ours = timed(queries, i -> {
            Route r = router.route(List.of(net.nodes().get(pairs[i][0]), net.nodes().get(pairs[i][1])), Route.RAIL);
            ourMeters[i] = Route.RAIL.equals(r.mode()) ? r.lengthKm() * 1000 : Double.NaN;
        });
        double[] ghMeters = new double[queries];
        long[][] gh = timed(queries, i -> {
            LatLon a = net.nodes().get(pairs[i][0]);
            LatLon b = net.nodes().get(pairs[i][1]);
            GHRequest req = new GHRequest(a.lat(), a.lon(), b.lat(), b.lon()).setProfile("rail");
            req.putHint("instructions", false);
            GHResponse rsp = hopper.route(req);
            ghMeters[i] = rsp.hasErrors() ? Double.NaN : rsp.getBest().getDistance();
        });

        String benchUrl = createDatabase(url);
        double[] pgrMeters = new double[queries];
        long[][] pgr;
        try (Connection db = DriverManager.getConnection(benchUrl)) {
            loadEdges(db, net.graph(), work);
            String sql = "SELECT seq, node, edge, cost, agg_cost FROM pgr_dijkstra("
                    + "'SELECT id, source, target, cost, reverse_cost FROM edges', ?::bigint, ?::bigint)";
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                for (int i = 0; i < Math.min(20, queries); i++) {
                    SideBySideBenchmark.pgrDijkstra(ps, pairs[i]);
                }
                pgr = timedOnce(queries, i -> pgrMeters[i] = SideBySideBenchmark.pgrDijkstra(ps, pairs[i]));
            }
        }

        int sameAsPgr = 0;
        int withinGh = 0;
        double worstGh = 0;
        for (int i = 0; i < queries; i++) {
            boolean bothNone = Double.isNaN(ourMeters[i]) && Double.isNaN(pgrMeters[i]);
            if (bothNone || Math.abs(ourMeters[i] - pgrMeters[i]) <= 1e-6 * Math.max(1, pgrMeters[i])
                    || pairs[i][0] == pairs[i][1] && ourMeters[i] == 0) {
                sameAsPgr++;
            }
            double rel = Math.abs(ourMeters[i] - ghMeters[i]) / Math.max(1, ghMeters[i]);
            if (Double.isNaN(ourMeters[i]) && Double.isNaN(ghMeters[i]) || rel <= 0.005) {
                withinGh++;
            }
            if (!Double.isNaN(rel)) {
                worstGh = Math.max(worstGh, rel);
            }
        }
        System.out.printf(Locale.ROOT, "%n%d node-to-node queries (seed 42): same length as pgr_dijkstra %d; within"
                + " 0.5 %% of GraphHopper's %d (largest difference %.3f %%: GraphHopper measures on a sphere, we on"
                + " the WGS84 ellipsoid)%n", queries, sameAsPgr, withinGh, worstGh * 100);
        System.out.println("| | wall p50 | wall p99 | CPU p50 | CPU p99 |");
        System.out.println("|---|---|---|---|---|");
        row("ours (CH, persisted graph, Router.route)", ours);
        row("GraphHopper 10.2 CH (GraphHopper.route)", gh);
        row("pgr_dijkstra (pgRouting, over JDBC)", pgr);
        System.out.printf(Locale.ROOT, "ratios, wall: GraphHopper/ours p50 %.2f×, p99 %.2f×; pgr_dijkstra/ours p50"
                        + " %.0f×, p99 %.0f×%n", ratio(gh[0], ours[0], 0.5), ratio(gh[0], ours[0], 0.99),
                ratio(pgr[0], ours[0], 0.5), ratio(pgr[0], ours[0], 0.99));
        System.out.printf(Locale.ROOT, "ratios, CPU: GraphHopper/ours p50 %.2f×, p99 %.2f×%n",
                ratio(gh[1], ours[1], 0.5), ratio(gh[1], ours[1], 0.99));
        System.out.println("load average at end: " + SideBySideBenchmark.loadAverage());
        hopper.close();
    }

    /**
     * The grid as OSM XML (API 0.6; our reader and GraphHopper's both read it, and it keeps GraphHopper's PBF
     * classes, built for an older protobuf than ours, out of the picture): node ids = our node index + 1, one
     * two-node way per edge.
     */
    static void writeGridAsOsm(Path file) throws Exception {
        RailNetwork grid = SyntheticNetworkGenerator.grid(320, 320, 2000, 0.2, 1, new LatLon(40, 100));
        Graph<Integer, DefaultWeightedEdge> g = grid.graph();
        try (var out = new java.io.PrintWriter(Files.newBufferedWriter(file))) {
            out.println("<?xml version='1.0' encoding='UTF-8'?>");
            out.println("<osm version=\"0.6\" generator=\"whereabouts RoutingSideBySide\">");
            for (int n = 0; n < grid.nodeCount(); n++) {
                out.printf(Locale.ROOT, "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n", n + 1L,
                        grid.nodes().get(n).lat(), grid.nodes().get(n).lon());
            }
            long way = 1;
            for (DefaultWeightedEdge e : g.edgeSet()) {
                out.printf(Locale.ROOT, "<way id=\"%d\" version=\"1\"><nd ref=\"%d\"/><nd ref=\"%d\"/>"
                        + "<tag k=\"railway\" v=\"rail\"/><tag k=\"highway\" v=\"primary\"/>"
                        + "<tag k=\"name\" v=\"Grid\"/></way>%n", way++, g.getEdgeSource(e) + 1L,
                        g.getEdgeTarget(e) + 1L);
            }
            out.println("</osm>");
        }
        System.out.printf(Locale.ROOT, "wrote %s: %,d nodes, %,d ways, %,d bytes%n", file, grid.nodeCount(),
                grid.edgeCount(), Files.size(file));
    }

    static GraphHopper graphHopper(Path pbf, Path dir) {
        CustomModel model = new CustomModel()
                .addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"))
                .addToSpeed(Statement.If("true", Statement.Op.LIMIT, "60"))
                .setDistanceInfluence(0d);
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(pbf.toString());
        hopper.setGraphHopperLocation(dir.toString());
        hopper.setEncodedValuesString("car_access, car_average_speed");
        hopper.setMinNetworkSize(0);
        hopper.setProfiles(new Profile("rail").setCustomModel(model));
        hopper.getCHPreparationHandler().setCHProfiles(new CHProfile("rail"));
        hopper.importOrLoad();
        return hopper;
    }

    private static String createDatabase(String url) throws Exception {
        try (Connection admin = DriverManager.getConnection(url); java.sql.Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DB);
            st.execute("CREATE DATABASE " + DB);
        }
        return url.replaceFirst("/[^/?]*(\\?|$)", "/" + DB + "$1");
    }

    private static void loadEdges(Connection db, Graph<Integer, DefaultWeightedEdge> g, Path work) throws Exception {
        Path csv = work.resolve("edges.csv");
        try (var w = Files.newBufferedWriter(csv)) {
            w.write("id,source,target,cost,reverse_cost\n");
            int id = 0;
            for (DefaultWeightedEdge e : g.edgeSet()) {
                double cost = g.getEdgeWeight(e);
                w.write(String.format(Locale.ROOT, "%d,%d,%d,%.17g,%.17g%n", ++id, g.getEdgeSource(e) + 1,
                        g.getEdgeTarget(e) + 1, cost, cost));
            }
        }
        try (java.sql.Statement st = db.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE");
            st.execute("CREATE TABLE edges (id bigint PRIMARY KEY, source bigint NOT NULL, target bigint NOT NULL,"
                    + " cost double precision NOT NULL, reverse_cost double precision NOT NULL)");
        }
        try (var in = Files.newBufferedReader(csv)) {
            db.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn("COPY edges FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
        try (java.sql.Statement st = db.createStatement()) {
            st.execute("CREATE INDEX ON edges (source)");
            st.execute("CREATE INDEX ON edges (target)");
            st.execute("VACUUM ANALYZE edges");
        }
    }

    interface Query {
        void run(int i) throws Exception;
    }

    /** A warm-up pass, then the timed pass: {wall ns, thread CPU ns} per query. */
    private static long[][] timed(int n, Query q) throws Exception {
        for (int i = 0; i < n; i++) {
            q.run(i);
        }
        return timedOnce(n, q);
    }

    private static long[][] timedOnce(int n, Query q) throws Exception {
        long[] wall = new long[n];
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            q.run(i);
            wall[i] = System.nanoTime() - s;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
        }
        return new long[][] {wall, cpu};
    }

    private static void row(String name, long[][] t) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name, ms(pct(t[0], 0.5)), ms(pct(t[0], 0.99)),
                ms(pct(t[1], 0.5)), ms(pct(t[1], 0.99)));
    }

    private static double ratio(long[] theirs, long[] ours, double p) {
        return (double) pct(theirs, p) / pct(ours, p);
    }

    /** Nearest-rank percentile. */
    private static long pct(long[] values, double p) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[Math.max(0, (int) Math.ceil(p * s.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
