package whereabouts.gazetteer;

import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * Name index over folded names ({@link NameFolder}): every distinct key once, sorted, with postings
 * (place index, name number) in primitive arrays, each place's keys, and a {@link NameTrie} over the keys.
 * Built by {@link NameIndexBuilder}, or read as it was built by {@link GazetteerFile}.
 *
 * <ul>
 *   <li>exact: binary search in the sorted keys;</li>
 *   <li>prefix: best-first walk of the prefix's subtree ordered by the best static score found below each node,
 *       so the most important completions come out first without visiting the whole subtree;</li>
 *   <li>fuzzy: {@link FuzzyWalk}, below the query's first letter first.</li>
 * </ul>
 * Immutable after construction and thread-safe.
 */
final class NameIndex {
    /**
     * Receives matches: place index, name number within the place (0 = own name), edit count and weighted edit cost
     * ({@link FuzzyWalk}; both 0 for exact and prefix matches).
     */
    interface Sink {
        void accept(int placeIndex, int nameIndex, int edits, int costUnits);
    }

    private static final int MAX_PREFIX_POPS = 50_000;

    final int[] postStart;
    final int[] postPlace;
    final char[] postName;
    final float[] keyBest;
    final int[] placeKeyStart;
    final int[] placeKeys;
    final NameTrie trie;

    NameIndex(int[] postStart, int[] postPlace, char[] postName, float[] keyBest, int[] placeKeyStart,
              int[] placeKeys, NameTrie trie) {
        int keys = trie.keyCount();
        if (postStart.length != keys + 1 || keyBest.length != keys || postName.length != postPlace.length
                || placeKeys.length != postPlace.length || postStart[keys] != postPlace.length) {
            throw new IllegalArgumentException("name index arrays do not fit together");
        }
        this.postStart = postStart;
        this.postPlace = postPlace;
        this.postName = postName;
        this.keyBest = keyBest;
        this.placeKeyStart = placeKeyStart;
        this.placeKeys = placeKeys;
        this.trie = trie;
    }

    int keyCount() {
        return trie.keyCount();
    }

    int nodeCount() {
        return trie.nodeCount();
    }

    int postingCount() {
        return postPlace.length;
    }

    /** All postings of the exact key, or none. */
    void exact(String key, Sink sink) {
        int k = key.isEmpty() ? -1 : trie.key(key);
        if (k >= 0) {
            emit(k, 0, 0, sink);
        }
    }

    /**
     * Keys that start with {@code prefix} and are longer than it, most important first, until postings of
     * {@code wantPlaces} distinct accepted places have been emitted (every posting of the last key included).
     */
    void prefix(String prefix, int wantPlaces, IntPredicate acceptPlace, Sink sink) {
        int node = trie.walk(prefix);
        if (node < 0) {
            return;
        }
        int[] end = trie.end;
        float[] best = trie.best;
        FloatMaxHeap heap = new FloatMaxHeap();
        for (int c = node + 1; c < end[node]; c = end[c]) {
            heap.push(c << 1, best[c]);
        }
        BitSet places = new BitSet();
        int distinct = 0;
        int pops = 0;
        while (!heap.isEmpty() && distinct < wantPlaces && pops++ < MAX_PREFIX_POPS) {
            int entry = heap.pop();
            int n = entry >>> 1;
            if ((entry & 1) == 1) {
                int k = trie.keyAt(n);
                for (int i = postStart[k]; i < postStart[k + 1]; i++) {
                    int place = postPlace[i];
                    if (acceptPlace.test(place)) {
                        sink.accept(place, postName[i], 0, 0);
                        if (!places.get(place)) {
                            places.set(place);
                            distinct++;
                        }
                    }
                }
            } else {
                int k = trie.keyAt(n);
                if (k >= 0) {
                    heap.push((n << 1) | 1, keyBest[k]);
                }
                for (int c = n + 1; c < end[n]; c = end[c]) {
                    heap.push(c << 1, best[c]);
                }
            }
        }
    }

    /**
     * The trie node where {@code prefix} ends, for {@link #prefixOfPlace}: the root for "", -1 when no key starts
     * with it.
     */
    int prefixNode(String prefix) {
        return prefix.isEmpty() ? 0 : trie.walk(prefix);
    }

    /**
     * Reports the place's names whose keys start with the prefix that ends at {@code prefixNode}
     * ({@link #prefixNode}) and are longer (spatial prefix candidates).
     */
    void prefixOfPlace(int place, int prefixNode, Sink sink) {
        if (prefixNode < 0) {
            return;
        }
        for (int i = placeKeyStart[place]; i < placeKeyStart[place + 1]; i++) {
            if (trie.keyBelow(placeKeys[i], prefixNode)) {
                int k = placeKeys[i];
                for (int j = postStart[k]; j < postStart[k + 1]; j++) {
                    if (postPlace[j] == place) {
                        sink.accept(place, postName[j], 0, 0);
                    }
                }
            }
        }
    }

    /**
     * Keys within {@code maxEdits} (1 or more) optimal-string-alignment edits of {@code query}, excluding the query
     * itself. Typos rarely hit the first letter, so the walk first looks only below the query's first letter (a
     * small part of the trie); only when that finds nothing does it walk every first letter of the same script.
     */
    void fuzzy(String query, int maxEdits, Sink sink) {
        if (query.isEmpty() || maxEdits <= 0) {
            return;
        }
        boolean[] found = {false};
        FuzzyWalk.KeySink keys = (key, edits, cost) -> {
            found[0] = true;
            emit(key, edits, cost, sink);
        };
        new FuzzyWalk(trie, query.toCharArray(), maxEdits, keys).run(true);
        if (!found[0]) {
            new FuzzyWalk(trie, query.toCharArray(), maxEdits, keys).run(false);
        }
    }

    private void emit(int key, int edits, int costUnits, Sink sink) {
        for (int i = postStart[key]; i < postStart[key + 1]; i++) {
            sink.accept(postPlace[i], postName[i], edits, costUnits);
        }
    }
}
