package whereabouts.gazetteer;

import java.util.Arrays;

/**
 * A character trie over the sorted distinct keys of a {@link NameIndex}, laid out in preorder in primitive arrays:
 * node {@code n}'s subtree is the node range {@code [n, end[n])}, its first child is {@code n + 1}, node 0 is the
 * root. Per node: its character, the longest key length below it and the best static score below it (for the
 * best-first prefix walk and the pruning of the fuzzy walk). The keys are sorted, so their end nodes come in key
 * order in the preorder: a key is its node's rank among the key nodes ({@link #keyAt}, one bit per node and a count
 * per 64 nodes instead of an int per node), and {@code keyNode[k]} is where key {@code k} ends — the key strings
 * themselves are not kept (the trie spells them). Immutable once built; {@link GazetteerFile} writes and reads the
 * arrays as they are.
 */
final class NameTrie {
    final char[] label;
    final int[] end;
    /** Node where key k ends, increasing with k. */
    final int[] keyNode;
    final short[] maxLen;
    final float[] best;
    /** Bit n: a key ends at node n. */
    private final long[] keyBits;
    /** Number of key nodes before node 64 × i. */
    private final int[] keysBefore;
    private final int[] rootChild = new int[Character.MAX_VALUE + 1];

    NameTrie(char[] label, int[] end, int[] keyNode, short[] maxLen, float[] best) {
        int n = label.length;
        if (end.length != n || maxLen.length != n || best.length != n || n == 0) {
            throw new IllegalArgumentException("trie arrays differ in length or are empty");
        }
        this.label = label;
        this.end = end;
        this.keyNode = keyNode;
        this.maxLen = maxLen;
        this.best = best;
        this.keyBits = new long[(n + 63) >>> 6];
        for (int k = 0; k < keyNode.length; k++) {
            int node = keyNode[k];
            if (node <= 0 || node >= n || (k > 0 && node <= keyNode[k - 1])) {
                throw new IllegalArgumentException("key nodes must be increasing non-root nodes");
            }
            keyBits[node >>> 6] |= 1L << (node & 63);
        }
        this.keysBefore = new int[keyBits.length];
        for (int i = 1; i < keyBits.length; i++) {
            keysBefore[i] = keysBefore[i - 1] + Long.bitCount(keyBits[i - 1]);
        }
        Arrays.fill(rootChild, -1);
        for (int c = 1; c < end[0]; c = end[c]) {
            rootChild[label[c]] = c;
        }
    }

    /** Builds the trie of {@code sortedKeys} (sorted, distinct, non-empty), with {@code keyBest[k]} per key. */
    static NameTrie build(String[] sortedKeys, float[] keyBest) {
        long totalChars = 1;
        int longest = 0;
        for (String k : sortedKeys) {
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
        for (int k = 0; k < sortedKeys.length; k++) {
            String s = sortedKeys[k];
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
        int[] keyNode = new int[sortedKeys.length];
        for (int node = 0; node < count; node++) {
            if (ko[node] >= 0) {
                keyNode[ko[node]] = node;
            }
        }
        return new NameTrie(Arrays.copyOf(lab, count), Arrays.copyOf(en, count), keyNode,
                Arrays.copyOf(ml, count), Arrays.copyOf(be, count));
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

    int nodeCount() {
        return label.length;
    }

    int keyCount() {
        return keyNode.length;
    }

    /** The key that ends at {@code node}, or -1. */
    int keyAt(int node) {
        long word = keyBits[node >>> 6];
        long bit = 1L << (node & 63);
        return (word & bit) == 0 ? -1 : keysBefore[node >>> 6] + Long.bitCount(word & (bit - 1));
    }

    /** The key {@code s} (non-empty), or -1 when it is not a key. */
    int key(String s) {
        int node = walk(s);
        return node < 0 ? -1 : keyAt(node);
    }

    /** True when key {@code k} is longer than the string that ends at {@code node} and starts with it. */
    boolean keyBelow(int k, int node) {
        int at = keyNode[k];
        return at > node && at < end[node];
    }

    /** Key {@code k} spelt out (for benchmarks and checks; a walk from the root). */
    String keyString(int k) {
        int target = keyNode[k];
        StringBuilder s = new StringBuilder();
        int node = 0;
        while (node != target) {
            int c = node + 1;
            while (end[c] <= target) {
                c = end[c];
            }
            s.append(label[c]);
            node = c;
        }
        return s.toString();
    }

    /** The node where {@code s} ends, or -1 when no key starts with {@code s} (or {@code s} is empty). */
    int walk(String s) {
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
}
