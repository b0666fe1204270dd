package whereabouts.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import whereabouts.extract.SourceList;
import whereabouts.extract.TextExtractor;
import whereabouts.gazetteer.Gazetteer;

/**
 * Issue #26: wall-clock and thread CPU time of one extraction of each adversarial shape
 * ({@code AdversarialExtractBenchmark}) at growing sizes, for machines too busy for JMH's wall-clock figures to mean
 * much. Usage: {@code java -cp … whereabouts.bench.AdversarialExtractMeasure [chars…]}.
 */
public final class AdversarialExtractMeasure {
    public static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2023-09-12T12:00+09:00");
    /** The attacker's sentence of issue #26, repeated up to the size asked. */
    public static final String COMMA_JOINED = "The train reached Khasan at 05:15 on Tuesday, per TBS citing Russian officials, "
            + "then Ussuriysk, Razdolnoye and Vladivostok, ";
    public static final String SHORT = "TBS said the train reached Khasan. ";

    private AdversarialExtractMeasure() {
    }

    public static void main(String[] args) {
        TextExtractor extractor = new TextExtractor(Gazetteer.loadDefault(), SourceList.defaults());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] sizes = args.length > 0 ? args : new String[] {"2500", "10000", "20000", "99000", "99000", "99000"};
        for (String unit : new String[] {COMMA_JOINED, SHORT}) {
            for (String size : sizes) {
                String text = unit.repeat(Integer.parseInt(size) / unit.length());
                long cpu = mx.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                int drafts = extractor.extract(text, PUBLISHED, null).size();
                System.out.printf("%-40.40s %,7d chars: %,6d ms wall, %,6d ms CPU, %d drafts%n", unit, text.length(),
                        (System.nanoTime() - wall) / 1_000_000, (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000, drafts);
            }
        }
    }
}
