package whereabouts.gazetteer;

import java.util.HashMap;
import java.util.Map;

/**
 * Benchmark helper (bench module only, in the gazetteer's package to reach its index): every folded name of a
 * gazetteer within a number of edits of a query, over every first letter of the query's script, and how many places
 * carry each key as their own name. {@code GeocodeQualityBenchmark} uses it to compute the name ceiling: what a
 * speller that sees only the query can reach at best.
 */
public final class NameNeighbours {
    private final NameIndex index;
    private final Map<String, Integer> ownNameCount = new HashMap<>();

    public NameNeighbours(Gazetteer gazetteer) {
        this.index = gazetteer.nameIndex();
        for (Place p : gazetteer.places()) {
            String n = p.name();
            if (n.codePointCount(0, n.length()) >= 4 && n.equals(n.strip())) { // what the benchmark draws from
                ownNameCount.merge(NameFolder.fold(n), 1, Integer::sum);
            }
        }
    }

    /** Folded keys within {@code maxEdits} edits (OSA) of the folded {@code text}, with their edit counts; the
     * folded text itself with 0 when it is a key. */
    public Map<String, Integer> within(String text, int maxEdits) {
        String q = NameFolder.fold(text);
        Map<String, Integer> out = new HashMap<>();
        if (q.isEmpty()) {
            return out;
        }
        int exact = index.trie.key(q);
        if (exact >= 0) {
            out.put(q, 0);
        }
        new FuzzyWalk(index.trie, q.toCharArray(), maxEdits,
                (key, edits, cost) -> out.merge(index.trie.keyString(key), edits, Math::min)).run(false);
        return out;
    }

    /**
     * Number of places whose own name (4 letters or more, as the benchmark draws them) folds to {@code key}: the
     * benchmark draws places uniformly, so this is the prior of a name.
     */
    public int ownNameCount(String key) {
        return ownNameCount.getOrDefault(key, 0);
    }

    public static String fold(String name) {
        return NameFolder.fold(name);
    }
}
