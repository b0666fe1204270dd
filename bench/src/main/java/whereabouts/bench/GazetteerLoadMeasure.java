package whereabouts.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import whereabouts.gazetteer.Gazetteer;

/**
 * Loads the shipped gazetteer a few times in one JVM and prints each load's wall time, then the heap still in use
 * after a full collection with the last gazetteer held (what the server keeps). A plain program, not JMH: the
 * figure that matters is one cold load and the retained heap.
 *
 * <pre>java -Xmx1g -cp target/whereabouts.jar:bench/target/classes whereabouts.bench.GazetteerLoadMeasure 3</pre>
 */
public final class GazetteerLoadMeasure {
    private GazetteerLoadMeasure() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        Gazetteer held = null;
        for (int i = 1; i <= runs; i++) {
            held = null;
            System.gc();
            long started = System.nanoTime();
            held = Gazetteer.loadDefault();
            System.out.printf("load %d: %.2f s%n", i, (System.nanoTime() - started) / 1e9);
        }
        System.gc();
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - baseline;
        System.out.printf("places: %d, retained heap after GC: %.1f MB%n", held.size(), retained / 1e6);
    }
}
