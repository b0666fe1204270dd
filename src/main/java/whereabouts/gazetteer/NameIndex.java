package whereabouts.gazetteer;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Name index over folded names ({@link NameFolder}): every distinct key once, sorted, with postings
 * (place index, name number) in primitive arrays, and a character trie over the keys laid out in preorder
 * (node {@code n}'s subtree is the node range {@code [n, end[n])}, its first child is {@code n + 1}).
 *
 * <ul>
 *   <li>exact: binary search in the sorted keys;</li>
 *   <li>prefix: best-first walk of the prefix's subtree ordered by the best static score found below each node,
 *       so the most important completions come out first without visiting the whole subtree;</li>
 *   <li>fuzzy: depth-first walk of the trie computing one row of the optimal-string-alignment
 *       (Damerau–Levenshtein with adjacent transpositions) matrix per node, pruned as soon as the row minimum
 *       exceeds the allowed edits or the subtree's longest key is too short. The walk only enters first letters
 *       of the query's script (Latin/other, Cyrillic, Hangul, Han): a typo does not change the script.</li>
 * </ul>
 * Immutable after construction and thread-safe.
 */
final class NameIndex {
    /** Receives matches: place index, name number within the place (0 = own name), edit count. */
    interface Sink {
        void accept(int placeIndex, int nameIndex, int edits);
    }

    private static final int MAX_PREFIX_POPS = 50_000;
    private static final int SCRIPT_OTHER = 0;
    private static final int SCRIPT_CYRILLIC = 1;
    private static final int SCRIPT_HANGUL = 2;
    private static final int SCRIPT_HAN = 3;

    private final String[] keys;
    private final int[] postStart;
    private final int[] postPlace;
    private final char[] postName;
    private final float[] keyBest;
    private final int[] placeKeyStart;
    private final int[] placeKeys;

    private final char[] label;
    private final int[] end;
    private final int[] keyOf;
    private final short[] maxLen;
    private final float[] best;
    private final int[] rootChild = new int[Character.MAX_VALUE + 1];

    NameIndex(List<Place> places) {
        int n = places.size();
        float[] importance = new float[n];
        HashMap<String, Integer> ids = new HashMap<>(1 << 20);
        IntArray postKey = new IntArray(1 << 19);
        IntArray postPlaceList = new IntArray(1 << 19);
        IntArray postNameList = new IntArray(1 << 19);
        // Folding dominates the build; it is independent per place, so it runs in parallel.
        String[][] folded = new String[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            Place p = places.get(i);
            String[] f = new String[Math.min(p.nameCount(), Character.MAX_VALUE + 1)];
            for (int j = 0; j < f.length; j++) {
                f[j] = NameFolder.fold(p.nameAt(j));
            }
            folded[i] = f;
        });
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            importance[i] = (float) Ranking.importance(places.get(i));
            seen.clear();
            for (int j = 0; j < folded[i].length; j++) {
                String key = folded[i][j];
                if (key.isEmpty() || !seen.add(key)) {
                    continue;
                }
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                }
                postKey.add(id);
                postPlaceList.add(i);
                postNameList.add(j);
            }
        }
        keys = ids.keySet().toArray(new String[0]);
        Arrays.parallelSort(keys);
        int[] rankOfId = new int[keys.length];
        for (int r = 0; r < keys.length; r++) {
            rankOfId[ids.get(keys[r])] = r;
        }
        int postings = postKey.size();
        postStart = new int[keys.length + 1];
        for (int k = 0; k < postings; k++) {
            postStart[rankOfId[postKey.get(k)] + 1]++;
        }
        for (int r = 0; r < keys.length; r++) {
            postStart[r + 1] += postStart[r];
        }
        postPlace = new int[postings];
        postName = new char[postings];
        keyBest = new float[keys.length];
        int[] fill = Arrays.copyOf(postStart, keys.length);
        placeKeyStart = new int[n + 1];
        for (int k = 0; k < postings; k++) {
            int r = rankOfId[postKey.get(k)];
            int at = fill[r]++;
            int place = postPlaceList.get(k);
            int name = postNameList.get(k);
            postPlace[at] = place;
            postName[at] = (char) name;
            keyBest[r] = Math.max(keyBest[r], importance[place] + (name == 0 ? (float) Ranking.OWN_NAME_BONUS : 0f));
            placeKeyStart[place + 1]++;
        }
        for (int i = 0; i < n; i++) {
            placeKeyStart[i + 1] += placeKeyStart[i];
        }
        placeKeys = new int[postings];
        int[] placeFill = Arrays.copyOf(placeKeyStart, n);
        for (int k = 0; k < postings; k++) {
            placeKeys[placeFill[postPlaceList.get(k)]++] = rankOfId[postKey.get(k)];
        }

        long totalChars = 1;
        int longest = 0;
        for (String k : keys) {
            totalChars += k.length();
            longest = Math.max(longest, k.length());
        }
        char[] lab = new char[(int) totalChars];
        int[] en = new int[(int) totalChars];
        int[] ko = new int[(int) totalChars];
        short[] ml = new short[(int) totalChars];
        float[] be = new float[(int) totalChars];
        int[] path = new int[longest + 1];
        int depth = 0;
        int count = 1;
        ko[0] = -1;
        String prev = "";
        for (int k = 0; k < keys.length; k++) {
            String s = keys[k];
            int lcp = 0;
            int max = Math.min(prev.length(), s.length());
            while (lcp < max && prev.charAt(lcp) == s.charAt(lcp)) {
                lcp++;
            }
            while (depth > lcp) {
                depth = close(path, depth, count, en, ml, be);
            }
            for (int i = lcp; i < s.length(); i++) {
                int node = count++;
                lab[node] = s.charAt(i);
                ko[node] = -1;
                path[++depth] = node;
            }
            int leaf = path[depth];
            ko[leaf] = k;
            ml[leaf] = (short) Math.min(Short.MAX_VALUE, s.length());
            be[leaf] = keyBest[k];
            prev = s;
        }
        while (depth >= 0) {
            depth = close(path, depth, count, en, ml, be);
        }
        label = Arrays.copyOf(lab, count);
        end = Arrays.copyOf(en, count);
        keyOf = Arrays.copyOf(ko, count);
        maxLen = Arrays.copyOf(ml, count);
        best = Arrays.copyOf(be, count);
        Arrays.fill(rootChild, -1);
        for (int c = 1; c < end[0]; c = end[c]) {
            rootChild[label[c]] = c;
        }
    }

    /** Closes the node at {@code depth} of the path: sets its subtree end and lifts its maxima to the parent. */
    private static int close(int[] path, int depth, int count, int[] end, short[] maxLen, float[] best) {
        int node = path[depth];
        end[node] = count;
        if (depth > 0) {
            int parent = path[depth - 1];
            if (maxLen[parent] < maxLen[node]) {
                maxLen[parent] = maxLen[node];
            }
            if (best[parent] < best[node]) {
                best[parent] = best[node];
            }
        }
        return depth - 1;
    }

    int keyCount() {
        return keys.length;
    }

    int nodeCount() {
        return label.length;
    }

    int postingCount() {
        return postPlace.length;
    }

    /** All postings of the exact key, or none. */
    void exact(String key, Sink sink) {
        int k = Arrays.binarySearch(keys, key);
        if (k >= 0) {
            emit(k, 0, sink);
        }
    }

    /**
     * Keys that start with {@code prefix} and are longer than it, most important first, until postings of
     * {@code wantPlaces} distinct accepted places have been emitted (every posting of the last key included).
     */
    void prefix(String prefix, int wantPlaces, IntPredicate acceptPlace, Sink sink) {
        int node = walk(prefix);
        if (node < 0) {
            return;
        }
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
                int k = keyOf[n];
                for (int i = postStart[k]; i < postStart[k + 1]; i++) {
                    int place = postPlace[i];
                    if (acceptPlace.test(place)) {
                        sink.accept(place, postName[i], 0);
                        if (!places.get(place)) {
                            places.set(place);
                            distinct++;
                        }
                    }
                }
            } else {
                if (keyOf[n] >= 0) {
                    heap.push((n << 1) | 1, keyBest[keyOf[n]]);
                }
                for (int c = n + 1; c < end[n]; c = end[c]) {
                    heap.push(c << 1, best[c]);
                }
            }
        }
    }

    /** Reports the place's names whose keys start with {@code prefix} and are longer (spatial prefix candidates). */
    void prefixOfPlace(int place, String prefix, Sink sink) {
        for (int i = placeKeyStart[place]; i < placeKeyStart[place + 1]; i++) {
            String key = keys[placeKeys[i]];
            if (key.length() > prefix.length() && key.startsWith(prefix)) {
                int k = placeKeys[i];
                for (int j = postStart[k]; j < postStart[k + 1]; j++) {
                    if (postPlace[j] == place) {
                        sink.accept(place, postName[j], 0);
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
        Sink counting = (place, name, edits) -> {
            found[0] = true;
            sink.accept(place, name, edits);
        };
        new FuzzyWalk(query.toCharArray(), maxEdits, counting).run(true);
        if (!found[0]) {
            new FuzzyWalk(query.toCharArray(), maxEdits, sink).run(false);
        }
    }

    private final class FuzzyWalk {
        private final char[] q;
        private final int k;
        private final Sink sink;
        private final int[][] rows;

        FuzzyWalk(char[] q, int k, Sink sink) {
            this.q = q;
            this.k = k;
            this.sink = sink;
            this.rows = new int[q.length + k + 2][q.length + 1];
            for (int j = 0; j <= q.length; j++) {
                rows[0][j] = j;
            }
        }

        /** @param sameFirstLetter only keys that start with the query's first letter */
        void run(boolean sameFirstLetter) {
            int script = script(q[0]);
            for (int c = 1; c < end[0]; c = end[c]) {
                if (sameFirstLetter ? label[c] == q[0] : script(label[c]) == script) {
                    visit(c, 1, '\0');
                }
            }
        }

        private void visit(int node, int depth, char parentLabel) {
            if (maxLen[node] < q.length - k) {
                return;
            }
            char ch = label[node];
            int[] prev = rows[depth - 1];
            int[] row = rows[depth];
            row[0] = depth;
            int rowMin = depth;
            for (int j = 1; j <= q.length; j++) {
                int cost = q[j - 1] == ch ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
                if (depth > 1 && j > 1 && q[j - 1] == parentLabel && q[j - 2] == ch) {
                    v = Math.min(v, rows[depth - 2][j - 2] + 1);
                }
                row[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            int key = keyOf[node];
            int distance = row[q.length];
            if (key >= 0 && distance > 0 && distance <= k) {
                emit(key, distance, sink);
            }
            if (rowMin <= k && depth < q.length + k) {
                for (int c = node + 1; c < end[node]; c = end[c]) {
                    visit(c, depth + 1, ch);
                }
            }
        }
    }

    private void emit(int key, int edits, Sink sink) {
        for (int i = postStart[key]; i < postStart[key + 1]; i++) {
            sink.accept(postPlace[i], postName[i], edits);
        }
    }

    private int walk(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int node = rootChild[s.charAt(0)];
        for (int i = 1; i < s.length() && node >= 0; i++) {
            char c = s.charAt(i);
            int found = -1;
            for (int ch = node + 1; ch < end[node]; ch = end[ch]) {
                if (label[ch] == c) {
                    found = ch;
                    break;
                }
                if (label[ch] > c) {
                    break;
                }
            }
            node = found;
        }
        return node;
    }

    private static int script(char c) {
        if (NameFolder.isHangul(c)) {
            return SCRIPT_HANGUL;
        }
        if (NameFolder.isHan(c)) {
            return SCRIPT_HAN;
        }
        if (c >= '\u0400' && c <= '\u04ff') {
            return SCRIPT_CYRILLIC;
        }
        return SCRIPT_OTHER;
    }

    /** Growable int array (avoids boxing while building). */
    private static final class IntArray {
        private int[] a;
        private int size;

        IntArray(int capacity) {
            a = new int[capacity];
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return size;
        }
    }

    /** Binary max-heap of int items keyed by float priority. */
    private static final class FloatMaxHeap {
        private int[] items = new int[64];
        private float[] prio = new float[64];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void push(int item, float priority) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                prio = Arrays.copyOf(prio, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (prio[parent] >= priority) {
                    break;
                }
                place(i, items[parent], prio[parent]);
                i = parent;
            }
            place(i, item, priority);
        }

        private void place(int slot, int item, float priority) {
            items[slot] = item;
            prio[slot] = priority;
        }

        int pop() {
            int top = items[0];
            int lastItem = items[--size];
            float lastPrio = prio[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && prio[child + 1] > prio[child]) {
                    child++;
                }
                if (prio[child] <= lastPrio) {
                    break;
                }
                place(i, items[child], prio[child]);
                i = child;
            }
            place(i, lastItem, lastPrio);
            return top;
        }
    }
}
