package whereabouts.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import whereabouts.geo.LatLon;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkSource;
import whereabouts.network.Route;
import whereabouts.network.Router;
import whereabouts.network.Station;

/**
 * Issue #22, item 2: what a server start on an imported network costs, the way the server pays it
 * ({@link RailNetworkSource#fromDirectory} on {@code <data>/rail}). Run it twice on the same data directory, each
 * in a JVM of its own: the first start builds the network from the imported GeoJSON, prepares its contraction
 * hierarchy and persists it; the next reads the persisted graph. Prints wall and CPU time of the load, the heap
 * it holds after a GC, the process's RSS, and route times (between random stations of connected lines: snap, CH
 * search and route assembly) with the calling thread's CPU time.
 *
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar whereabouts.bench.ImportedNetworkStartMeasure DATA_DIR [queries]</pre>
 */
public final class ImportedNetworkStartMeasure {
    private ImportedNetworkStartMeasure() {
    }

    public static void main(String[] args) throws Exception {
        Path railDir = RailNetworkSource.railDirectory(Path.of(args[0]));
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean persisted = Files.isRegularFile(railDir.resolve(RailNetworkSource.SNAPSHOT));
        System.out.println("load average at start: " + SideBySideBenchmark.loadAverage());
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        RailNetwork net = RailNetworkSource.fromDirectory(railDir);
        net.contractionHierarchy();
        System.out.printf(Locale.ROOT, "%s: %,d nodes, %,d edges, %,d stations in %.1f s wall, %.1f s CPU%n",
                persisted ? "read the persisted graph" : "built, prepared and persisted", net.nodeCount(),
                net.edgeCount(), net.stations().size(), (System.nanoTime() - w0) / 1e9,
                (threads.getCurrentThreadCpuTime() - c0) / 1e9);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use after GC %.0f MB (-Xmx %.0f MB); RSS %s; snapshot %,d bytes%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6, rss(),
                Files.size(railDir.resolve(RailNetworkSource.SNAPSHOT)));

        Router router = new Router(net);
        // Pairs of stations that the rails connect: OsmExtractGenerator joins each line to the one before it, and
        // every tenth line is abandoned (not imported), so lines 10k..10k+8 form one connected network.
        Random random = new Random(42);
        Map<Integer, List<Station>> byGroup = net.stations().stream()
                .collect(Collectors.groupingBy(st -> line(st) / 10));
        List<Integer> groups = List.copyOf(byGroup.keySet());
        List<LatLon[]> pairs = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            List<Station> g = byGroup.get(groups.get(random.nextInt(groups.size())));
            pairs.add(new LatLon[] {g.get(random.nextInt(g.size())).position(),
                    g.get(random.nextInt(g.size())).position()});
        }
        long[] wall = new long[queries];
        long[] cpu = new long[queries];
        int routed = 0;
        for (int pass = 0; pass < 2; pass++) { // a warm-up pass, then the timed one
            for (int i = 0; i < queries; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                Route r = router.route(List.of(pairs.get(i)), Route.RAIL);
                wall[i] = System.nanoTime() - s;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
                if (pass == 1 && Route.RAIL.equals(r.mode())) {
                    routed++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d routes between stations of connected lines (%d routed on the rails): wall p50 %.3f"
                + " ms, p99 %.3f ms; CPU p50 %.3f ms, p99 %.3f ms; RSS %s; load average %s%n", queries, routed,
                pct(wall, 0.5), pct(wall, 0.99), pct(cpu, 0.5), pct(cpu, 0.99), rss(),
                SideBySideBenchmark.loadAverage());
    }

    /** The line a generated station is on: "Station 412-1250" is on line 412. */
    private static int line(Station st) {
        return Integer.parseInt(st.name().substring("Station ".length(), st.name().indexOf('-')));
    }

    private static double pct(long[] values, double p) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[Math.max(0, (int) Math.ceil(p * s.length) - 1)] / 1e6;
    }

    private static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS ?").replaceAll("\\s+", " ");
    }
}
