package whereabouts.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import whereabouts.railimport.RailImport;

/**
 * Times one {@code import-rail} of a file and reports the heap it needed: the peak heap in use (garbage included,
 * so it grows with -Xmx) and the largest heap still live after a collection (what the import really holds).
 *
 * <pre>java -Xmx256m -cp ... whereabouts.bench.RailImportMeasure FILE.osm.pbf DATA_DIR</pre>
 */
public final class RailImportMeasure {
    private RailImportMeasure() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        AtomicLong liveAfterGc = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long live = 0;
                for (MemoryPoolMXBean p : heap) {
                    MemoryUsage u = p.getCollectionUsage();
                    live += u == null ? 0 : u.getUsed();
                }
                liveAfterGc.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        List<RailImport.Source> sources = new RailImport(Path.of(args[1]), Clock.systemUTC())
                .importFiles(List.of(Path.of(args[0])), false);
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        sampler.join();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %.1f s, peak heap used %.0f MB, largest live heap after GC %.0f MB, -Xmx %.0f MB%n",
                sources, seconds, peak / 1e6, liveAfterGc.get() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }
}
