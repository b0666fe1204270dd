package whereabouts.bench;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GazetteerFile;
import whereabouts.gazetteer.GeocodeQuery;
import whereabouts.gazetteer.Place;

/**
 * Geocoding quality on the side-by-side benchmark's misspellings ({@link SideBySideBenchmark#misspellings}, seed 11),
 * without PostgreSQL: top-1 intended name, top-1 intended place, and the ceiling that homonyms allow (the share of
 * queries whose intended place is the one the gazetteer ranks first when given the intended name spelt right), the
 * latency percentiles, and every failure, so that they can be read.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar whereabouts.bench.GeocodeQualityBenchmark [misspellings=500] [printFailures=60] [base.bin]
 * </pre>
 * With a third argument, the places are read from that prepared file ({@link GazetteerFile}, written from
 * {@link Gazetteer#loadDefault()} the first time): the same places, without the slow build from TSV at every run.
 */
public final class GeocodeQualityBenchmark {
    private GeocodeQualityBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int print = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long t0 = System.nanoTime();
        Gazetteer gazetteer = args.length > 2 ? cached(java.nio.file.Path.of(args[2])) : Gazetteer.loadDefault();
        List<Place> places = gazetteer.places();
        System.out.printf(Locale.ROOT, "%,d places, loaded in %.1f s%n", places.size(), (System.nanoTime() - t0) / 1e9);
        Map<Place, Integer> indexOf = new IdentityHashMap<>();
        for (int p = 0; p < places.size(); p++) {
            indexOf.put(places.get(p), p);
        }
        List<SideBySideBenchmark.Misspelling> queries = SideBySideBenchmark.misspellings(places, count, new Random(11));
        for (int round = 0; round < 3; round++) { // warm-up
            for (SideBySideBenchmark.Misspelling m : queries) {
                gazetteer.search(new GeocodeQuery(m.text(), 10, null, null));
            }
        }
        long[] nanos = new long[queries.size()];
        int name = 0;
        int place = 0;
        int ceiling = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            SideBySideBenchmark.Misspelling m = queries.get(i);
            long s = System.nanoTime();
            List<Candidate> found = gazetteer.search(new GeocodeQuery(m.text(), 10, null, null));
            nanos[i] = System.nanoTime() - s;
            List<Candidate> right = gazetteer.search(new GeocodeQuery(m.intended(), 1, null, null));
            boolean reachable = !right.isEmpty() && indexOf.get(right.get(0).place()) == m.place();
            ceiling += reachable ? 1 : 0;
            Place top = found.isEmpty() ? null : found.get(0).place();
            boolean hasName = top != null && hasName(top, m.intended());
            boolean isPlace = top != null && indexOf.get(top) == m.place();
            name += hasName ? 1 : 0;
            place += isPlace ? 1 : 0;
            if (!hasName || (!isPlace && reachable)) {
                Place want = places.get(m.place());
                failures.add(String.format(Locale.ROOT, "%-24s meant %-22s (%s %s pop %d) got %s", m.text(),
                        m.intended(), want.countryCode(), want.featureCode(), want.population(),
                        top == null ? "nothing" : top.name() + " (" + top.countryCode() + " " + top.featureCode()
                                + " pop " + top.population() + ", " + found.get(0).matchType() + " edits "
                                + found.get(0).edits() + (hasName ? ", homonym" : "") + ")"));
            }
        }
        int n = queries.size();
        System.out.printf(Locale.ROOT, "%d misspelled queries (seed 11): top-1 intended name %.1f %%, intended place"
                + " %.1f %%, homonym ceiling %.1f %%%n", n, 100.0 * name / n, 100.0 * place / n, 100.0 * ceiling / n);
        System.out.printf(Locale.ROOT, "Gazetteer.search (limit 10) p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                SideBySideBenchmark.percentileMs(nanos, 50), SideBySideBenchmark.percentileMs(nanos, 99),
                SideBySideBenchmark.percentileMs(nanos, 100));
        System.out.println(failures.size() + " failures (wrong name, or wrong place where the right spelling finds it):");
        failures.stream().limit(print).forEach(f -> System.out.println("  " + f));
    }

    private static Gazetteer cached(java.nio.file.Path file) {
        try {
            if (!java.nio.file.Files.exists(file)) {
                try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                    GazetteerFile.write(Gazetteer.loadDefault(), out);
                }
            }
            return GazetteerFile.read(java.nio.file.Files.newInputStream(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasName(Place place, String name) {
        for (int k = 0; k < place.nameCount(); k++) {
            if (place.nameAt(k).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
