package whereabouts;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the memory that the start needed back to the system, so that {@code java -jar whereabouts.jar} with no
 * {@code -XX} options stays small: the JVM sizes its heap for the machine (a quarter of the RAM; G1 starts with a
 * 64th and keeps what it once committed), not for a server whose live data is some 120 MB. After the start it sets
 * the manageable HotSpot options that let the collector shrink the heap (Min/MaxHeapFreeRatio 10/30 %) and, on G1,
 * a periodic collection every {@value #PERIODIC_GC_MS} ms when idle (JEP 346: returns memory after idle periods),
 * then runs one full collection. Options the user gave on the command line are left as they are.
 */
final class HeapTrim {
    static final long PERIODIC_GC_MS = 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(HeapTrim.class);

    private HeapTrim() {
    }

    /** Sets the options (unless given) and collects once. Safe on any JVM: does nothing where they do not exist. */
    static void afterStart() {
        try {
            HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            setUnlessGiven(hs, "MinHeapFreeRatio", "10");
            setUnlessGiven(hs, "MaxHeapFreeRatio", "30");
            if ("true".equals(hs.getVMOption("UseG1GC").getValue())) {
                setUnlessGiven(hs, "G1PeriodicGCInterval", Long.toString(PERIODIC_GC_MS));
            }
        } catch (RuntimeException e) { // not HotSpot, or an option that is not manageable here
            LOG.debug("heap options left as they are: {}", e.toString());
        }
        System.gc();
    }

    private static void setUnlessGiven(HotSpotDiagnosticMXBean hs, String name, String value) {
        if (hs.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT) {
            hs.setVMOption(name, value);
        }
    }
}
