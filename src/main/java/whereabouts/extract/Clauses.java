package whereabouts.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause boundaries of one sentence, found once: between commas, semicolons, colons, dashes, "that", "where",
 * "which", "while", "whereas", "but". {@link #around} answers by binary search, so reading the clause of every
 * place and every time of a sentence costs O(log breaks) each instead of a scan of the whole sentence each (which
 * made one long comma-joined sentence of places and times cubic in its length). Immutable.
 */
final class Clauses {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–]|\\s(?:that|where|which|while|whereas|but)\\s");

    private final int length;
    /** Start and end of each break, in text order (breaks do not overlap, so both arrays ascend). */
    private final int[] breakStarts;
    private final int[] breakEnds;
    /** Positions of ',' and ';', ascending: where the words before a clause begin. */
    private final int[] separators;

    private Clauses(int length, int[] breakStarts, int[] breakEnds, int[] separators) {
        this.length = length;
        this.breakStarts = breakStarts;
        this.breakEnds = breakEnds;
        this.separators = separators;
    }

    static Clauses of(String sentence) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = m.start();
            ends[n] = m.end();
            n++;
        }
        int[] seps = new int[16];
        int k = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == ',' || c == ';') {
                if (k == seps.length) {
                    seps = Arrays.copyOf(seps, k * 2);
                }
                seps[k++] = i;
            }
        }
        return new Clauses(sentence.length(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(seps, k));
    }

    /**
     * The clause holding [from, to): from the end of the last break that ends at or before {@code from} to the
     * start of the first break that starts at or after {@code to}; {start, end} into the sentence.
     */
    int[] around(int from, int to) {
        int k = lastAtOrBelow(breakEnds, from);
        int start = k < 0 ? 0 : breakEnds[k];
        int j = firstAtOrAbove(breakStarts, to);
        int end = j < breakStarts.length ? breakStarts[j] : length;
        return new int[] {start, end};
    }

    /** Where the words just before {@code at} begin: after the last ',' or ';' before it, else 0. */
    int afterLastSeparatorBefore(int at) {
        int k = lastAtOrBelow(separators, at - 1);
        return k < 0 ? 0 : separators[k] + 1;
    }

    /** Index of the last element {@code <= v}, or -1. */
    private static int lastAtOrBelow(int[] a, int v) {
        int i = Arrays.binarySearch(a, v);
        return i >= 0 ? i : -i - 2;
    }

    /** Index of the first element {@code >= v}, or a.length. */
    private static int firstAtOrAbove(int[] a, int v) {
        int i = Arrays.binarySearch(a, v);
        return i >= 0 ? i : -i - 1;
    }
}
