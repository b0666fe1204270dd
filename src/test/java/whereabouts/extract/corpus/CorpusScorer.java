package whereabouts.extract.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import whereabouts.extract.Draft;
import whereabouts.extract.corpus.WirePassage.Expected;
import whereabouts.gazetteer.NameFolder;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;

/**
 * The one scoring rule: a draft is right when it lies within {@value #MAX_DISTANCE_KM} km of an expected draft not
 * yet matched, is of the same kind, credits one of its sources (the folded source text contains the folded
 * alternative) and its {@code observedAt} falls inside the annotated window. Precision is right drafts over all
 * drafts, recall matched expected drafts over all expected. Groups: mode, language and held-out/tuned are the
 * passage's; place type is the expected draft's (for precision: the expected draft nearest to the draft within
 * {@value #MAX_DISTANCE_KM} km, else "other"). A negative passage is clean when none of its drafts is
 * {@code confirmed} or {@code reported}.
 */
public final class CorpusScorer {
    public static final double MAX_DISTANCE_KM = 15;

    /** Counts of one group. */
    public static final class Tally {
        public int drafts;
        public int right;
        public int expected;
        public int found;
        public int passages;
        public int clean;

        public double precision() {
            return drafts == 0 ? 1 : (double) right / drafts;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        void add(Tally o) {
            drafts += o.drafts;
            right += o.right;
            expected += o.expected;
            found += o.found;
            passages += o.passages;
            clean += o.clean;
        }
    }

    /** The score of one part (tuned or held-out): overall and by group ("mode:ship", "type:port", "lang:ru", "negatives"). */
    public static final class Report {
        public final Tally all = new Tally();
        public final Map<String, Tally> groups = new TreeMap<>();
        public final List<String> failures = new ArrayList<>();

        Tally group(String name) {
            return groups.computeIfAbsent(name, k -> new Tally());
        }

        public String format(String title) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%s: precision %.3f (%d/%d), recall %.3f (%d/%d), negatives clean %d/%d%n", title,
                    all.precision(), all.right, all.drafts, all.recall(), all.found, all.expected,
                    group("negatives").clean, group("negatives").passages));
            groups.forEach((k, t) -> {
                if (!k.equals("negatives")) {
                    b.append(String.format(Locale.ROOT, "  %-16s precision %.3f (%3d/%3d)  recall %.3f (%3d/%3d)%n", k,
                            t.precision(), t.right, t.drafts, t.recall(), t.found, t.expected));
                }
            });
            return b.toString();
        }
    }

    private CorpusScorer() {
    }

    /** Scores one passage's drafts into {@code report}; failures are described in {@code report.failures}. */
    public static void score(WirePassage p, List<Draft> drafts, Report report) {
        Tally t = new Tally();
        boolean[] matched = new boolean[p.drafts().size()];
        List<String> why = new ArrayList<>();
        Map<String, Tally> typed = new TreeMap<>();
        boolean confident = false;
        for (Draft d : drafts) {
            t.drafts++;
            confident |= d.confidence() != Confidence.UNVERIFIED;
            int hit = -1;
            int nearest = -1;
            double nearestKm = MAX_DISTANCE_KM;
            for (int i = 0; i < p.drafts().size(); i++) {
                Expected e = p.drafts().get(i);
                double km = km(d, e);
                if (km <= nearestKm) {
                    nearest = i;
                    nearestKm = km;
                }
                if (!matched[i] && hit < 0 && right(d, e)) {
                    hit = i;
                }
            }
            String type = "type:" + (hit >= 0 ? p.drafts().get(hit).placeType()
                    : nearest >= 0 ? p.drafts().get(nearest).placeType() : "other");
            Tally ty = typed.computeIfAbsent(type, k -> new Tally());
            ty.drafts++;
            if (hit >= 0) {
                matched[hit] = true;
                t.right++;
                ty.right++;
            } else {
                why.add("    wrong draft: " + describe(d) + (nearest >= 0 ? "\n      vs expected " + describe(p.drafts().get(nearest)) : ""));
            }
        }
        for (int i = 0; i < p.drafts().size(); i++) {
            Expected e = p.drafts().get(i);
            t.expected++;
            Tally ty = typed.computeIfAbsent("type:" + e.placeType(), k -> new Tally());
            ty.expected++;
            if (matched[i]) {
                t.found++;
                ty.found++;
            } else {
                why.add("    missed: " + describe(e));
            }
        }
        report.all.add(t);
        report.group("mode:" + p.mode()).add(t);
        report.group("lang:" + p.lang()).add(t);
        typed.forEach((k, v) -> report.group(k).add(v));
        if (p.negative()) {
            Tally n = report.group("negatives");
            n.passages++;
            n.clean += confident ? 0 : 1;
            if (confident) {
                why.add("    negative passage gave a confident draft");
            }
        }
        if (!why.isEmpty()) {
            report.failures.add(p.id() + " [" + p.lang() + "/" + p.mode() + "] " + p.text() + "\n" + String.join("\n", why));
        }
    }

    static boolean right(Draft d, Expected e) {
        return km(d, e) <= MAX_DISTANCE_KM && d.kind().wire().equals(e.kind()) && credits(d.source(), e.sources())
                && !d.observedAt().isBefore(e.from()) && !d.observedAt().isAfter(e.to());
    }

    static boolean credits(String source, List<String> alternatives) {
        String s = NameFolder.fold(source);
        return alternatives.stream().anyMatch(a -> s.contains(NameFolder.fold(a)));
    }

    private static double km(Draft d, Expected e) {
        return Geodesy.inverse(new LatLon(d.lat(), d.lon()), new LatLon(e.lat(), e.lon())).distanceKm();
    }

    private static String describe(Draft d) {
        return String.format(Locale.ROOT, "%s (%.3f, %.3f) %s %s by '%s' at %s±%dmin", d.place(), d.lat(), d.lon(),
                d.kind().wire(), d.confidence().wire(), d.source(), d.observedAt(), d.timeUncertaintyMinutes());
    }

    private static String describe(Expected e) {
        return String.format(Locale.ROOT, "%s (%.3f, %.3f) %s %s by %s in [%s, %s]", e.place(), e.lat(), e.lon(),
                e.placeType(), e.kind(), e.sources(), e.from(), e.to());
    }
}
