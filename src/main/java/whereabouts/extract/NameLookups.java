package whereabouts.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.geo.LatLon;

/**
 * The gazetteer lookups of one story, each name asked once: a long story names the same places again and again
 * ("Vladivostok" in every other sentence), and exact and fuzzy lookups were the larger part of its time. Holds at
 * most {@value #MAX_NAMES} names per kind (further names are looked up without being kept). One per story, one
 * thread.
 */
final class NameLookups {
    static final int MAX_NAMES = 10_000;

    private final Gazetteer gazetteer;
    private final LatLon near;
    private final Map<String, List<Candidate>> exact = new HashMap<>();
    private final Map<String, List<Candidate>> fuzzy = new HashMap<>();

    NameLookups(Gazetteer gazetteer, LatLon near) {
        this.gazetteer = gazetteer;
        this.near = near;
    }

    LatLon near() {
        return near;
    }

    /** {@link Gazetteer#exactMatches} of {@code name} near the story's focus. */
    List<Candidate> exact(String name) {
        return remembered(exact, name, n -> gazetteer.exactMatches(n, near));
    }

    /** {@code search(name)}, remembered per name. */
    List<Candidate> fuzzy(String name, Function<String, List<Candidate>> search) {
        return remembered(fuzzy, name, search);
    }

    private static List<Candidate> remembered(Map<String, List<Candidate>> memo, String name,
                                              Function<String, List<Candidate>> lookup) {
        List<Candidate> c = memo.get(name);
        if (c == null) {
            c = lookup.apply(name);
            if (memo.size() < MAX_NAMES) {
                memo.put(name, c);
            }
        }
        return c;
    }
}
