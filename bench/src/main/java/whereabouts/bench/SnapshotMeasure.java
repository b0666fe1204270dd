package whereabouts.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import whereabouts.geo.LatLon;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkSnapshot;
import whereabouts.network.Router;
import whereabouts.network.SyntheticNetworkGenerator;

/**
 * The persisted prepared graph on a generated grid: contraction time, snapshot size, time to read it back (what a
 * server start on an import pays), heap it holds, and route times on it (snapping and route assembly included,
 * both ends mid-edge). {@code java … SnapshotMeasure side [queries] [file]}.
 */
public final class SnapshotMeasure {
    private SnapshotMeasure() {
    }

    public static void main(String[] args) throws Exception {
        int side = Integer.parseInt(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path file = Path.of(args.length > 2 ? args[2] : "/tmp/grid.prepared");
        var threads = ManagementFactory.getThreadMXBean();
        RailNetwork built = SyntheticNetworkGenerator.grid(side, side, 2000, 0.2, 1, new LatLon(40, 100));
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        built.contractionHierarchy();
        System.out.printf(Locale.ROOT, "grid %d nodes %d edges, CH prepared in %.1f s wall, %.1f s CPU, %d shortcuts%n",
                built.nodeCount(), built.edgeCount(), (System.nanoTime() - w0) / 1e9,
                (threads.getCurrentThreadCpuTime() - c0) / 1e9, built.contractionHierarchy().shortcutCount());
        try (var out = Files.newOutputStream(file)) {
            RailNetworkSnapshot.write(built, "bench", out);
        }
        built = null;
        System.gc();
        long heapBefore = usedHeap();
        double[] reads = new double[3];
        RailNetwork read = null;
        for (int i = 0; i < reads.length; i++) {
            long t = System.nanoTime();
            try (var in = Files.newInputStream(file)) {
                read = RailNetworkSnapshot.read(in);
            }
            reads[i] = (System.nanoTime() - t) / 1e6;
        }
        System.gc();
        System.out.printf(Locale.ROOT, "snapshot %.1f MB, read in %s ms, heap held %.1f MB%n",
                Files.size(file) / 1e6, Arrays.toString(reads), (usedHeap() - heapBefore) / 1e6);
        Router router = new Router(read);
        Random random = new Random(42);
        List<LatLon> nodes = read.nodes();
        double[] wall = new double[queries];
        double[] cpu = new double[queries];
        for (int i = -queries; i < queries; i++) {
            LatLon a = jitter(nodes.get(random.nextInt(nodes.size())), random);
            LatLon b = jitter(nodes.get(random.nextInt(nodes.size())), random);
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            router.route(List.of(a, b), "rail");
            if (i >= 0) {
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                wall[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "route (ends snapped mid-edge), %d queries after %d warm-up: wall p50 %.3f p99 %.3f"
                + " ms; thread CPU p50 %.3f p99 %.3f ms%n", queries, queries, wall[queries / 2],
                wall[(int) (queries * 0.99)], cpu[queries / 2], cpu[(int) (queries * 0.99)]);
    }

    private static LatLon jitter(LatLon p, Random random) {
        return new LatLon(p.lat() + (random.nextDouble() - 0.5) * 0.01, p.lon() + (random.nextDouble() - 0.5) * 0.01);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
