package whereabouts.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GeocodeQuery;
import whereabouts.geo.LatLon;

/**
 * Gazetteer figures for docs/performance.md: load time (single shot), forward search p99 per match type
 * (exact, prefix, fuzzy) and reverse p99 (sample time), plus retained heap after load (printed by the setup).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar GazetteerBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class GazetteerBenchmark {
    private static final GeocodeQuery[] EXACT = queries("Khasan", "Пхеньян", "평양", "北京", "Vladivostok", "Hà Nội",
            "Ussuriysk", "Rason", "Tumangang", "Хабаровск");
    private static final GeocodeQuery[] PREFIX = queries("Vladiv", "Khabar", "Pyong", "Владиво", "Ussur", "Komsomolsk-na",
            "s", "ber", "Tuman", "Новос");
    private static final GeocodeQuery[] FUZZY = queries("Vladivostock", "Khabarovks", "Ussuriisk", "Pyongyagn",
            "Blagoveschensk", "Birobidjan", "Хабаровкс", "Komsomolsk-na-Amure", "Novosibirks", "Yekaterinbrug");
    private static final LatLon[] POINTS = {new LatLon(42.5, 130.75), new LatLon(39.0, 125.7), new LatLon(43.1, 131.9),
        new LatLon(48.5, 135.1), new LatLon(21.95, 106.7), new LatLon(51.8, 128.1), new LatLon(40.1, 124.4),
        new LatLon(55.75, 37.6), new LatLon(30.0, -150.0), new LatLon(35.68, 139.7)};

    private Gazetteer gazetteer;
    private int i;

    private static GeocodeQuery[] queries(String... texts) {
        GeocodeQuery[] out = new GeocodeQuery[texts.length];
        for (int k = 0; k < texts.length; k++) {
            out[k] = new GeocodeQuery(texts[k], 10, null, null);
        }
        return out;
    }

    @Setup(Level.Trial)
    public void load() {
        gazetteer = Gazetteer.loadDefault();
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        System.out.printf("%n[gazetteer] %s; heap used after load and GC: %.1f MB%n", gazetteer.stats(),
                (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, batchSize = 1)
    @Measurement(iterations = 5, batchSize = 1)
    public Gazetteer loadTime() {
        return Gazetteer.loadDefault();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object searchExact() {
        return gazetteer.search(EXACT[i++ % EXACT.length]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object searchPrefix() {
        return gazetteer.search(PREFIX[i++ % PREFIX.length]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object searchFuzzy() {
        return gazetteer.search(FUZZY[i++ % FUZZY.length]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object reverse() {
        return gazetteer.reverse(POINTS[i++ % POINTS.length]);
    }
}
