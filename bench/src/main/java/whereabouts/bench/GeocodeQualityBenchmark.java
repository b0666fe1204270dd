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
        nameCeiling(gazetteer, queries);
        System.out.printf(Locale.ROOT, "Gazetteer.search (limit 10) p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                SideBySideBenchmark.percentileMs(nanos, 50), SideBySideBenchmark.percentileMs(nanos, 99),
                SideBySideBenchmark.percentileMs(nanos, 100));
        System.out.println(failures.size() + " failures (wrong name, or wrong place where the right spelling finds it):");
        failures.stream().limit(print).forEach(f -> System.out.println("  " + f));
    }

    /**
     * The name ceiling: what a speller that sees only the query can reach at best. Per query, the folded names
     * nearest to the misspelling (fewest OSA edits, up to 2): when the misspelling is itself another name, or another
     * name is strictly nearer than the intended one, no speller finds the intended name; when k names tie at the
     * nearest distance, a speller with no prior finds it 1/k of the time ("uniform"), and one that knows the
     * benchmark's prior (places are drawn uniformly, so a name is as likely as the number of places that bear it)
     * picks the tied name borne by most places ("prior-aware", ties of that count split).
     */
    private static void nameCeiling(Gazetteer gazetteer, List<SideBySideBenchmark.Misspelling> queries) {
        whereabouts.gazetteer.NameNeighbours nb = new whereabouts.gazetteer.NameNeighbours(gazetteer);
        double uniform = 0;
        double prior = 0;
        double bayes = 0;
        int exactOther = 0;
        int nearerOther = 0;
        int tied = 0;
        for (SideBySideBenchmark.Misspelling m : queries) {
            String want = whereabouts.gazetteer.NameNeighbours.fold(m.intended());
            Map<String, Integer> near = nb.within(m.text(), 2);
            bayes += bayesShare(nb, near, want, whereabouts.gazetteer.NameNeighbours.fold(m.text()));
            Integer d = near.get(want);
            if (d == null) {
                continue; // more than 2 edits away (two edits that do not add up): no speller with k = 2 finds it
            }
            int best = near.values().stream().mapToInt(Integer::intValue).min().orElse(d);
            if (best < d) {
                if (best == 0) {
                    exactOther++;
                } else {
                    nearerOther++;
                }
                continue;
            }
            List<String> ties = near.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                    .toList();
            if (ties.size() > 1) {
                tied++;
            }
            uniform += 1.0 / ties.size();
            int most = ties.stream().mapToInt(nb::ownNameCount).max().orElse(0);
            long atMost = ties.stream().filter(t -> nb.ownNameCount(t) == most).count();
            prior += nb.ownNameCount(want) == most ? 1.0 / atMost : 0.0;
        }
        int n = queries.size();
        System.out.printf(Locale.ROOT, "name ceiling by edit count: uniform %.1f %%, prior-aware %.1f %% (misspelling"
                        + " is another name: %d, another name nearer: %d, ties at the nearest distance: %d)%n",
                100.0 * uniform / n, 100.0 * prior / n, exactOther, nearerOther, tied);
        System.out.printf(Locale.ROOT, "name ceiling, Bayes-optimal on the benchmark's own channel and prior (an exact"
                + " other name taken as meant): %.1f %%%n", 100.0 * bayes / n);
    }

    /**
     * 1 when the intended key is the most probable under the benchmark's generator (prior × channel likelihood,
     * {@link MisspellingChannel}) among the keys within 2 edits, a share when tied, 0 when another key wins or the
     * misspelling is itself another name (a speller must take a name spelt as a name as meant).
     */
    private static double bayesShare(whereabouts.gazetteer.NameNeighbours nb, Map<String, Integer> near, String want,
                                     String query) {
        if (near.getOrDefault(query, -1) == 0 && !query.equals(want)) {
            return 0;
        }
        double best = -1;
        int at = 0;
        double wantScore = -2;
        for (String key : near.keySet()) {
            double score = nb.ownNameCount(key) * MisspellingChannel.likelihood(key, query);
            if (key.equals(want)) {
                wantScore = score;
            }
            if (score > best + 1e-15) {
                best = score;
                at = 1;
            } else if (Math.abs(score - best) <= 1e-15) {
                at++;
            }
        }
        return wantScore > 0 && Math.abs(wantScore - best) <= 1e-15 ? 1.0 / at : 0;
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
