package whereabouts.gazetteer;

/**
 * Keys of a {@link NameTrie} within {@code k} optimal-string-alignment edits (Damerau–Levenshtein with adjacent
 * transpositions) of a query, each with the weighted cost of the cheapest alignment: a depth-first walk computing one
 * row of the edit matrix per node, pruned as soon as the row minimum exceeds what {@code k} edits can cost or the
 * subtree's longest key is too short.
 *
 * <p>The weights are a noisy channel's (Kernighan, Church and Gale's spelling corrector; SymSpell ranks by edit
 * distance first in the same spirit): a letter of the name left out of the query, or two neighbours swapped, happen
 * in exactly one way at a position and cost {@value #CHEAP} units; a wrong letter or an extra one could have been
 * any of some 26 letters, so each particular one is far less likely, and costs {@value #DEAR} units. The walk only enters first letters
 * of the query's script (Latin/other, Cyrillic, Hangul, Han): a typo does not change the script. One walk per
 * query; not thread-safe.
 */
final class FuzzyWalk {
    /** Receives a key within the allowed edits (never the query itself), its edit count and its weighted cost. */
    interface KeySink {
        void accept(int key, int edits, int costUnits);
    }

    /** Cost of a letter the query left out, or of two neighbours swapped. */
    static final int CHEAP = 2;
    /** Cost of a wrong letter, or of an extra one. */
    static final int DEAR = 3;

    private static final int SCRIPT_OTHER = 0;
    private static final int SCRIPT_CYRILLIC = 1;
    private static final int SCRIPT_HANGUL = 2;
    private static final int SCRIPT_HAN = 3;

    private final NameTrie trie;
    private final char[] q;
    private final int k;
    private final KeySink sink;
    private final int[][] rows;
    private final int[][] counts;

    FuzzyWalk(NameTrie trie, char[] q, int k, KeySink sink) {
        this.trie = trie;
        this.q = q;
        this.k = k;
        this.sink = sink;
        this.rows = new int[q.length + k + 2][q.length + 1];
        this.counts = new int[q.length + k + 2][q.length + 1];
        for (int j = 0; j <= q.length; j++) {
            rows[0][j] = j * DEAR;
            counts[0][j] = j;
        }
    }

    /** @param sameFirstLetter only keys that start with the query's first letter */
    void run(boolean sameFirstLetter) {
        int script = script(q[0]);
        char[] label = trie.label;
        int[] end = trie.end;
        for (int c = 1; c < end[0]; c = end[c]) {
            if (sameFirstLetter ? label[c] == q[0] : script(label[c]) == script) {
                visit(c, 1, '\0');
            }
        }
    }

    private void visit(int node, int depth, char parentLabel) {
        if (trie.maxLen[node] < q.length - k) {
            return;
        }
        char ch = trie.label[node];
        int[] prev = rows[depth - 1];
        int[] row = rows[depth];
        int[] prevCount = counts[depth - 1];
        int[] count = counts[depth];
        row[0] = depth * CHEAP;
        count[0] = depth;
        int rowMin = row[0];
        for (int j = 1; j <= q.length; j++) {
            boolean same = q[j - 1] == ch;
            int v = prev[j - 1] + (same ? 0 : DEAR); // the letter typed as in the name, or wrong
            int c = prevCount[j - 1] + (same ? 0 : 1);
            if (prev[j] + CHEAP < v || prev[j] + CHEAP == v && prevCount[j] + 1 < c) { // the name's letter left out
                v = prev[j] + CHEAP;
                c = prevCount[j] + 1;
            }
            if (row[j - 1] + DEAR < v || row[j - 1] + DEAR == v && count[j - 1] + 1 < c) { // an extra letter typed
                v = row[j - 1] + DEAR;
                c = count[j - 1] + 1;
            }
            if (depth > 1 && j > 1 && q[j - 1] == parentLabel && q[j - 2] == ch) { // two neighbours swapped
                int t = rows[depth - 2][j - 2] + CHEAP;
                int tc = counts[depth - 2][j - 2] + 1;
                if (t < v || t == v && tc < c) {
                    v = t;
                    c = tc;
                }
            }
            row[j] = v;
            count[j] = c;
            rowMin = Math.min(rowMin, v);
        }
        int key = trie.keyAt(node);
        int edits = count[q.length];
        if (key >= 0 && edits > 0 && edits <= k) {
            sink.accept(key, edits, row[q.length]);
        }
        if (rowMin <= k * DEAR && depth < q.length + k) {
            int[] end = trie.end;
            for (int c = node + 1; c < end[node]; c = end[c]) {
                visit(c, depth + 1, ch);
            }
        }
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
}
