package whereabouts.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import whereabouts.network.osm.RailImport;

/**
 * Times one {@code import-rail} of a file and reports the peak heap in use (garbage included, so it grows with
 * -Xmx). What the import really holds is the largest heap after a collection: run with {@code -Xlog:gc:file=gc.log}
 * and read the "after" figures, or lower -Xmx until it fails.
 *
 * <pre>java -Xmx256m -Xlog:gc:file=gc.log -cp ... whereabouts.bench.RailImportMeasure FILE.osm.pbf DATA_DIR</pre>
 */
public final class RailImportMeasure {
    private RailImportMeasure() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        List<RailImport.Source> sources = new RailImport(Path.of(args[1]), Clock.systemUTC())
                .importFiles(List.of(Path.of(args[0])), false);
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong((MemoryPoolMXBean p) -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %.1f s, peak heap used %.0f MB (sum of pool peaks), -Xmx %.0f MB%n", sources, seconds,
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }
}
