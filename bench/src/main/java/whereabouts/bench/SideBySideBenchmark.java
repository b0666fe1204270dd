package whereabouts.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.postgresql.PGConnection;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GeocodeQuery;
import whereabouts.gazetteer.Place;
import whereabouts.geo.LatLon;
import whereabouts.network.RailNetwork;
import whereabouts.network.Route;
import whereabouts.network.Router;
import whereabouts.network.SyntheticNetworkGenerator;

/**
 * Side by side with what a GIS developer would build instead (issue 11, part 5), one run, same machine, same data:
 * <ul>
 *   <li>Routing: {@link Router} against pgRouting's {@code pgr_dijkstra} on the same generated 102,400-node grid
 *   (its edges exported as CSV and COPYed into {@code edges(id, source, target, cost, reverse_cost)}), the same
 *   node-to-node queries (our router is given the nodes' exact positions, so snapping lands on the node).</li>
 *   <li>Geocoding: {@link Gazetteer#search} against {@code pg_trgm} (GIN trigram index, {@code %} then
 *   {@code ORDER BY similarity DESC, population DESC}) over every name of the same places, the same misspelled
 *   queries; top-1 accuracy and latency.</li>
 * </ul>
 * Not a test and not JMH: one pass per side after a warm-up pass, each query timed on its own.
 * Run with {@code bench/side-by-side.sh}, which starts and stops a throwaway PostgreSQL cluster.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar whereabouts.bench.SideBySideBenchmark JDBC_URL [routeQueries] [misspellings] [csvDir]
 * </pre>
 */
public final class SideBySideBenchmark {
    private static final String DB = "whereabouts_side_by_side";

    private SideBySideBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SideBySideBenchmark JDBC_URL [routeQueries=300] [misspellings=500] [csvDir]");
            System.exit(2);
        }
        String url = args[0];
        int routeQueries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int misspellings = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Path csvDir = Path.of(args.length > 3 ? args[3] : System.getProperty("java.io.tmpdir"));
        System.out.println("load average at start: " + loadAverage());
        try (Connection admin = DriverManager.getConnection(url); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DB);
            // A UTF-8 character type, so that pg_trgm counts Cyrillic, Hangul and accented letters as letters.
            st.execute("CREATE DATABASE " + DB + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
        }
        String benchUrl = url.replaceFirst("/[^/?]*(\\?|$)", "/" + DB + "$1");
        try (Connection db = DriverManager.getConnection(benchUrl)) {
            routing(db, routeQueries, csvDir);
            System.out.println("load average between: " + loadAverage());
            geocoding(db, misspellings);
        }
        System.out.println("load average at end: " + loadAverage());
    }

    // ---------------------------------------------------------------- routing

    static void routing(Connection db, int queryCount, Path csvDir) throws Exception {
        long t0 = System.nanoTime();
        RailNetwork net = SyntheticNetworkGenerator.grid(320, 320, 2000, 0.2, 1, new LatLon(40, 100));
        Router router = new Router(net);
        System.out.printf(Locale.ROOT, "%n== Routing: grid of %,d nodes, %,d edges (built in %.1f s)%n",
                net.nodeCount(), net.edgeCount(), (System.nanoTime() - t0) / 1e9);

        Path csv = csvDir.resolve("side-by-side-edges.csv");
        Graph<Integer, DefaultWeightedEdge> g = net.graph();
        int id = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,source,target,cost,reverse_cost\n");
            for (DefaultWeightedEdge e : g.edgeSet()) {
                double cost = g.getEdgeWeight(e);
                // pgRouting node ids = our node index + 1 (ids start at 1 in its examples); undirected: same cost back.
                w.write(String.format(Locale.ROOT, "%d,%d,%d,%.17g,%.17g%n", ++id, g.getEdgeSource(e) + 1,
                        g.getEdgeTarget(e) + 1, cost, cost));
            }
        }
        try (Statement st = db.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE");
            st.execute("DROP TABLE IF EXISTS edges");
            st.execute("CREATE TABLE edges (id bigint PRIMARY KEY, source bigint NOT NULL, target bigint NOT NULL, "
                    + "cost double precision NOT NULL, reverse_cost double precision NOT NULL)");
        }
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            long rows = db.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY edges FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            System.out.printf(Locale.ROOT, "COPY %,d edges from %s%n", rows, csv);
        }
        try (Statement st = db.createStatement()) {
            st.execute("CREATE INDEX ON edges (source)");
            st.execute("CREATE INDEX ON edges (target)");
            st.execute("VACUUM ANALYZE edges");
        }

        Random random = new Random(42);
        int[][] pairs = new int[queryCount][];
        for (int i = 0; i < queryCount; i++) {
            pairs[i] = new int[] {random.nextInt(net.nodeCount()), random.nextInt(net.nodeCount())};
        }
        List<List<LatLon>> waypoints = new ArrayList<>();
        for (int[] p : pairs) {
            waypoints.add(List.of(net.nodes().get(p[0]), net.nodes().get(p[1])));
        }

        // Ours: a warm-up pass (JIT), then the timed pass.
        double[] ourMeters = new double[queryCount];
        for (int i = 0; i < queryCount; i++) {
            router.route(waypoints.get(i), Route.RAIL);
        }
        long[] ours = new long[queryCount];
        for (int i = 0; i < queryCount; i++) {
            long s = System.nanoTime();
            Route r = router.route(waypoints.get(i), Route.RAIL);
            ours[i] = System.nanoTime() - s;
            ourMeters[i] = Route.RAIL.equals(r.mode()) ? r.lengthKm() * 1000 : Double.NaN;
        }

        // pgRouting: the documented call, all path rows fetched; a short warm-up, then the timed pass.
        String sql = "SELECT seq, node, edge, cost, agg_cost FROM pgr_dijkstra("
                + "'SELECT id, source, target, cost, reverse_cost FROM edges', ?::bigint, ?::bigint)";
        long[] theirs = new long[queryCount];
        int agree = 0;
        int disagree = 0;
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < Math.min(10, queryCount); i++) {
                pgrDijkstra(ps, pairs[i]);
            }
            for (int i = 0; i < queryCount; i++) {
                long s = System.nanoTime();
                double meters = pgrDijkstra(ps, pairs[i]);
                theirs[i] = System.nanoTime() - s;
                if (Math.abs(meters - ourMeters[i]) <= 1e-6 * Math.max(1, meters)
                        || (pairs[i][0] == pairs[i][1] && ourMeters[i] == 0)) {
                    agree++;
                } else {
                    disagree++;
                    if (disagree <= 5) {
                        System.out.printf(Locale.ROOT, "  lengths differ for %d -> %d: ours %.3f m, pgr %.3f m%n",
                                pairs[i][0], pairs[i][1], ourMeters[i], meters);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d node-to-node queries (seed 42); same shortest length on both sides: %d,"
                + " different: %d%n", queryCount, agree, disagree);
        report("Router.route (rail, exact node positions)", ours, "pgr_dijkstra", theirs);
    }

    /** Runs one pgr_dijkstra query, reads every row, returns the path's total cost (0 for a path to itself). */
    static double pgrDijkstra(PreparedStatement ps, int[] pair) throws SQLException {
        ps.setLong(1, pair[0] + 1L);
        ps.setLong(2, pair[1] + 1L);
        double last = pair[0] == pair[1] ? 0 : Double.NaN;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong(2);
                rs.getLong(3);
                rs.getDouble(4);
                last = rs.getDouble(5);
            }
        }
        return last;
    }

    // ---------------------------------------------------------------- geocoding

    static void geocoding(Connection db, int count) throws Exception {
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        List<Place> places = gazetteer.places();
        System.out.printf(Locale.ROOT, "%n== Geocoding: %,d places (loaded in %.1f s)%n", places.size(),
                (System.nanoTime() - t0) / 1e9);
        try (Statement st = db.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            st.execute("DROP TABLE IF EXISTS place_names");
            st.execute("CREATE TABLE place_names (place int NOT NULL, name text NOT NULL, population bigint NOT NULL)");
        }
        db.setAutoCommit(false);
        int rows = 0;
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO place_names VALUES (?, ?, ?)")) {
            for (int p = 0; p < places.size(); p++) {
                Place place = places.get(p);
                Set<String> seen = new HashSet<>();
                for (int k = 0; k < place.nameCount(); k++) {
                    String name = place.nameAt(k);
                    if (seen.add(name)) {
                        ins.setInt(1, p);
                        ins.setString(2, name);
                        ins.setLong(3, place.population());
                        ins.addBatch();
                        rows++;
                    }
                }
                if (p % 2000 == 1999) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            long s = System.nanoTime();
            st.execute("CREATE INDEX place_names_trgm ON place_names USING gin (name gin_trgm_ops)");
            System.out.printf(Locale.ROOT, "place_names: %,d rows (every name of every place); GIN trigram index"
                    + " built in %.1f s%n", rows, (System.nanoTime() - s) / 1e9);
            st.execute("VACUUM ANALYZE place_names");
        }

        List<Misspelling> queries = misspellings(places, count, new Random(11));
        int oneEdit = (int) queries.stream().filter(m -> m.edits() == 1).count();
        System.out.printf(Locale.ROOT, "%d misspelled queries (seed 11): %d with one edit, %d with two%n",
                queries.size(), oneEdit, queries.size() - oneEdit);

        // Ours: warm-up pass, then timed pass.
        for (Misspelling m : queries) {
            gazetteer.search(new GeocodeQuery(m.text(), 10, null, null));
        }
        java.util.Map<Place, Integer> indexOf = new java.util.IdentityHashMap<>();
        for (int p = 0; p < places.size(); p++) {
            indexOf.put(places.get(p), p);
        }
        Outcome ours = new Outcome(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            Misspelling m = queries.get(i);
            long s = System.nanoTime();
            List<Candidate> found = gazetteer.search(new GeocodeQuery(m.text(), 10, null, null));
            ours.nanos[i] = System.nanoTime() - s;
            ours.count(m, found.isEmpty() ? -1 : indexOf.get(found.get(0).place()), places);
        }
        Outcome trgm = trigramPass(db, queries, places, 0.3);
        Outcome trgmLow = trigramPass(db, queries, places, 0.2);
        int n = queries.size();
        System.out.printf(Locale.ROOT, "%-45s top-1 intended place %5.1f %%, intended name %5.1f %%, nothing found"
                + " %d%n", "ours", 100.0 * ours.place / n, 100.0 * ours.name / n, ours.empty);
        System.out.printf(Locale.ROOT, "%-45s top-1 intended place %5.1f %%, intended name %5.1f %%, nothing found"
                + " %d%n", "pg_trgm (threshold 0.3, the default)", 100.0 * trgm.place / n, 100.0 * trgm.name / n,
                trgm.empty);
        System.out.printf(Locale.ROOT, "%-45s top-1 intended place %5.1f %%, intended name %5.1f %%, nothing found"
                + " %d%n", "pg_trgm (threshold 0.2)", 100.0 * trgmLow.place / n, 100.0 * trgmLow.name / n,
                trgmLow.empty);
        System.out.println("first misses, ours:    " + String.join("; ", ours.misses));
        System.out.println("first misses, pg_trgm: " + String.join("; ", trgm.misses));
        report("Gazetteer.search (limit 10)", ours.nanos, "pg_trgm % + similarity (limit 10), 0.3", trgm.nanos);
        report("Gazetteer.search (limit 10)", ours.nanos, "pg_trgm % + similarity (limit 10), 0.2", trgmLow.nanos);
    }

    /** Latencies and top-1 counts of one side's pass over the misspellings. */
    static final class Outcome {
        final long[] nanos;
        int place;
        int name;
        int empty;
        final List<String> misses = new ArrayList<>();

        Outcome(int n) {
            nanos = new long[n];
        }

        void count(Misspelling m, int top, List<Place> places) {
            if (top < 0) {
                empty++;
            } else {
                place += top == m.place() ? 1 : 0;
                name += hasName(places.get(top), m.intended()) ? 1 : 0;
            }
            if (top != m.place() && misses.size() < 6) {
                misses.add(m.text() + " (" + m.intended() + ") -> " + (top < 0 ? "nothing" : places.get(top).name()));
            }
        }
    }

    /** pg_trgm with {@code pg_trgm.similarity_threshold} set: 50 warm-up queries, then the timed pass. */
    private static Outcome trigramPass(Connection db, List<Misspelling> queries, List<Place> places, double threshold)
            throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("SET pg_trgm.similarity_threshold = " + threshold);
        }
        String sql = "SELECT place FROM place_names WHERE name % ? ORDER BY similarity(name, ?) DESC, population DESC"
                + " LIMIT 10";
        Outcome out = new Outcome(queries.size());
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < Math.min(50, queries.size()); i++) {
                trigramTop(ps, queries.get(i).text());
            }
            for (int i = 0; i < queries.size(); i++) {
                Misspelling m = queries.get(i);
                long s = System.nanoTime();
                int top = trigramTop(ps, m.text());
                out.nanos[i] = System.nanoTime() - s;
                out.count(m, top, places);
            }
        }
        return out;
    }

    /** The first row's place index, or -1 when nothing is similar enough; reads every row. */
    private static int trigramTop(PreparedStatement ps, String text) throws SQLException {
        ps.setString(1, text);
        ps.setString(2, text);
        int top = -1;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int p = rs.getInt(1);
                if (top < 0) {
                    top = p;
                }
            }
        }
        return top;
    }

    private static boolean hasName(Place place, String name) {
        for (int k = 0; k < place.nameCount(); k++) {
            if (place.nameAt(k).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** A misspelled query: the text typed, the place meant (index into places), its name, the number of edits. */
    record Misspelling(String text, int place, String intended, int edits) {
    }

    /**
     * {@code count} misspellings of the own names of places drawn uniformly (seeded), names of at least 4 letters:
     * one random edit (substitute, delete, insert a letter, or swap two neighbours) for names under 8 letters, one
     * or two for longer ones; a query that equals the name again is redrawn.
     */
    static List<Misspelling> misspellings(List<Place> places, int count, Random random) {
        List<Misspelling> out = new ArrayList<>(count);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        while (out.size() < count) {
            int p = random.nextInt(places.size());
            String name = places.get(p).name();
            if (name.codePointCount(0, name.length()) < 4 || !name.equals(name.strip())) {
                continue;
            }
            int edits = name.length() < 8 ? 1 : 1 + random.nextInt(2);
            StringBuilder s = new StringBuilder(name);
            for (int e = 0; e < edits; e++) {
                int kind = random.nextInt(4);
                int at = 1 + random.nextInt(s.length() - 2); // keep the first and the last letter's neighbourhood
                char c = letters.charAt(random.nextInt(letters.length()));
                switch (kind) {
                    case 0 -> s.setCharAt(at, c);
                    case 1 -> s.deleteCharAt(at);
                    case 2 -> s.insert(at, c);
                    default -> {
                        char t = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, t);
                    }
                }
            }
            String text = s.toString();
            if (text.equalsIgnoreCase(name) || Character.isSurrogate(text.charAt(0))) {
                continue;
            }
            out.add(new Misspelling(text, p, name, edits));
        }
        return out;
    }

    // ---------------------------------------------------------------- reporting

    private static void report(String ourLabel, long[] ours, String theirLabel, long[] theirs) {
        double o50 = percentileMs(ours, 50);
        double o99 = percentileMs(ours, 99);
        double t50 = percentileMs(theirs, 50);
        double t99 = percentileMs(theirs, 99);
        System.out.printf(Locale.ROOT, "%-45s p50 %9.3f ms   p99 %9.3f ms%n", ourLabel, o50, o99);
        System.out.printf(Locale.ROOT, "%-45s p50 %9.3f ms   p99 %9.3f ms%n", theirLabel, t50, t99);
        System.out.printf(Locale.ROOT, "%-45s p50 %8.1fx     p99 %8.1fx%n", "ratio (theirs / ours)", t50 / o50,
                t99 / o99);
    }

    /** Nearest-rank percentile, milliseconds. */
    static double percentileMs(long[] nanos, double pct) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " (" + Runtime.getRuntime()
                    .availableProcessors() + " cores)";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
