package whereabouts.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.Place;

/**
 * Inflected Cyrillic place names ("во Владивостоке", "из Пхеньяна", "в Хабаровск", "аэропорту Кневичи") back to the
 * gazetteer's names, by Lucene's {@link RussianLightStemmer} (Savoy's light stemmer, as Lucene's Russian analysis
 * uses): every Cyrillic name of the gazetteer is indexed under the stem of its last word, and a word of the text is
 * looked up by its own stem. Built once from the gazetteer; immutable and thread-safe after construction.
 */
final class RussianNames {
    private final Map<String, List<String>> byStem = new HashMap<>();

    RussianNames(Gazetteer gazetteer) {
        for (Place p : gazetteer.places()) {
            for (int i = 0; i < p.nameCount(); i++) {
                String n = p.nameAt(i);
                if (!n.isEmpty() && Character.UnicodeScript.of(n.codePointAt(0)) == Character.UnicodeScript.CYRILLIC
                        && n.indexOf(' ') < 0) {
                    List<String> names = byStem.computeIfAbsent(stem(n), k -> new ArrayList<>(1));
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
            }
        }
    }

    /** Gazetteer names whose stem is the stem of {@code word} (nominative first), or an empty list. */
    List<String> namesFor(String word) {
        List<String> names = byStem.get(stem(word));
        if (names == null) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(names);
        out.sort((a, b) -> Boolean.compare(!a.toLowerCase(Locale.ROOT).equals(lower), !b.toLowerCase(Locale.ROOT).equals(lower)));
        return out;
    }

    static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int dash = lower.lastIndexOf('-');
        String head = dash < 0 ? "" : lower.substring(0, dash + 1);
        char[] tail = lower.substring(dash + 1).toCharArray();
        int n = new RussianLightStemmer().stem(tail, tail.length);
        return head + new String(tail, 0, n);
    }
}
