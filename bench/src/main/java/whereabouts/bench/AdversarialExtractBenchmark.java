package whereabouts.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import whereabouts.extract.SourceList;
import whereabouts.extract.TextExtractor;
import whereabouts.gazetteer.Gazetteer;

/**
 * Issue #26: texts shaped to make the extractor slow (target: any text up to the 100,000-character limit in under
 * 1 s). {@code commaJoined} is the attacker's one long sentence of places, times and sources joined by commas;
 * {@code shortRepeated} one short report repeated (every reading merges into one draft).
 *
 * <pre>
 * java -cp … org.openjdk.jmh.Main AdversarialExtractBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class AdversarialExtractBenchmark {
    @Param({"commaJoined", "shortRepeated"})
    public String shape;
    @Param({"10000", "99000"})
    public int chars;

    private TextExtractor extractor;
    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        extractor = new TextExtractor(Gazetteer.loadDefault(), SourceList.defaults());
        String unit = shape.equals("commaJoined") ? AdversarialExtractMeasure.COMMA_JOINED : AdversarialExtractMeasure.SHORT;
        text = unit.repeat(chars / unit.length());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object extract() {
        return extractor.extract(text, AdversarialExtractMeasure.PUBLISHED, null);
    }
}
