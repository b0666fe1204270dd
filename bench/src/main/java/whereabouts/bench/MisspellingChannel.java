package whereabouts.bench;

/**
 * The likelihood that {@link SideBySideBenchmark#misspellings} turns a name into a query: the noisy channel of the
 * benchmark itself, so that the name ceiling is what a Bayes-optimal speller could reach on it. A name of fewer than
 * 8 characters gets one edit, a longer one one or two (equally likely); an edit is a substitution, deletion,
 * insertion or transposition (equally likely) at a position drawn from 1 … length − 2, with a letter drawn from the
 * 26 of a–z. Works on folded strings (the folded name's length stands for the name's).
 */
final class MisspellingChannel {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private MisspellingChannel() {
    }

    /** P(query | name) under the benchmark's generator. */
    static double likelihood(String name, String query) {
        if (name.length() < 3) {
            return 0;
        }
        double one = oneEdit(name, query);
        if (name.length() < 8) {
            return one;
        }
        return 0.5 * one + 0.5 * twoEdits(name, query);
    }

    /** P(query | name) when exactly one edit is made. */
    static double oneEdit(String n, String q) {
        int len = n.length();
        if (len < 3 || Math.abs(q.length() - len) > 1) {
            return 0;
        }
        double perKind = 0.25 / (len - 2);
        double p = 0;
        for (int at = 1; at <= len - 2; at++) {
            if (q.length() == len) {
                char c = q.charAt(at);
                if (c != n.charAt(at) && LETTERS.indexOf(c) >= 0 && sameExcept(n, q, at)) {
                    p += perKind / 26;
                }
                if (n.charAt(at) != n.charAt(at + 1) && q.charAt(at) == n.charAt(at + 1)
                        && q.charAt(at + 1) == n.charAt(at) && n.regionMatches(0, q, 0, at)
                        && n.regionMatches(at + 2, q, at + 2, len - at - 2)) {
                    p += perKind;
                }
            } else if (q.length() == len - 1) {
                if (n.regionMatches(0, q, 0, at) && n.regionMatches(at + 1, q, at, len - at - 1)) {
                    p += perKind;
                }
            } else if (LETTERS.indexOf(q.charAt(at)) >= 0 && n.regionMatches(0, q, 0, at)
                    && n.regionMatches(at, q, at + 1, len - at)) {
                p += perKind / 26;
            }
        }
        return p;
    }

    private static boolean sameExcept(String a, String b, int at) {
        return a.regionMatches(0, b, 0, at) && a.regionMatches(at + 1, b, at + 1, a.length() - at - 1);
    }

    /** P(query | name) when exactly two edits are made: every first edit, then one edit of its result. */
    static double twoEdits(String n, String q) {
        int len = n.length();
        if (Math.abs(q.length() - len) > 2) {
            return 0;
        }
        double perKind = 0.25 / (len - 2);
        double p = 0;
        StringBuilder s = new StringBuilder(len + 1);
        for (int at = 1; at <= len - 2; at++) {
            for (int l = 0; l < 26; l++) {
                char c = LETTERS.charAt(l);
                s.setLength(0);
                s.append(n).setCharAt(at, c);
                p += perKind / 26 * oneEdit(s.toString(), q);
                s.setLength(0);
                s.append(n).insert(at, c);
                p += perKind / 26 * oneEdit(s.toString(), q);
            }
            s.setLength(0);
            s.append(n).deleteCharAt(at);
            p += perKind * oneEdit(s.toString(), q);
            s.setLength(0);
            s.append(n);
            char t = s.charAt(at);
            s.setCharAt(at, s.charAt(at + 1));
            s.setCharAt(at + 1, t);
            p += perKind * oneEdit(s.toString(), q);
        }
        return p;
    }
}
