package whereabouts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into sentences: at a line break, and after '.', '!' or '?' (and any closing quotes or brackets)
 * followed by white space, unless the word before the full stop is a known abbreviation ("Sept.", "U.S.", "Mr.")
 * or a single letter. Each sentence knows its paragraph (lines separated by a line break), so a sentence without a
 * source can take the previous one's within the paragraph.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "no", "vs", "approx",
            "u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e", "etc", "jr", "sr", "prof", "gov", "sen", "rep", "km");

    /** A sentence: indices into the whole text, and its paragraph number (0-based). */
    record Sentence(int start, int end, int paragraph) {
        String text(String whole) {
            return whole.substring(start, end);
        }
    }

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(out, text, start, i, paragraph);
                int j = i;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                paragraph++;
                start = j;
                i = j - 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '。') && endsSentence(text, i)) {
                int j = i + 1;
                while (j < n && "\"'”’)»".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                add(out, text, start, j, paragraph);
                start = j;
                i = j - 1;
            }
        }
        add(out, text, start, n, paragraph);
        return out;
    }

    private static boolean endsSentence(String text, int dot) {
        int n = text.length();
        int j = dot + 1;
        while (j < n && "\"'”’)»".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (text.charAt(dot) == '。') {
            return true;
        }
        if (j < n && !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 || ABBREVIATIONS.contains(word)) {
            return false;
        }
        // "… 425 miles (680 km.) north" and decimals are not ends; a digit before the dot followed by a lower-case
        // word is not either
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k >= n || !Character.isLowerCase(text.charAt(k));
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraph));
        }
    }
}
