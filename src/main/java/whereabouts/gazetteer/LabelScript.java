package whereabouts.gazetteer;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.Optional;

/**
 * The script place labels are written in. {@link #LATIN} is the place's own GeoNames name; the others are taken
 * from its alternate names, falling back to the Latin name where the gazetteer has none in that script.
 */
public enum LabelScript {
    LATIN("latin", null),
    KOREAN("ko", UnicodeScript.HANGUL),
    RUSSIAN("ru", UnicodeScript.CYRILLIC),
    CHINESE("zh", UnicodeScript.HAN);

    /** Cyrillic letters of other languages (Ukrainian, Serbian, Kazakh, Mongolian …) that Russian does not use. */
    private static final String NOT_RUSSIAN = "іїєґјљњћђџўңғқүұһәөӣӯҳҷ";

    private final String wire;
    private final UnicodeScript unicode;

    LabelScript(String wire, UnicodeScript unicode) {
        this.wire = wire;
        this.unicode = unicode;
    }

    /** The query-string value: latin, ko, ru, zh. */
    public String wire() {
        return wire;
    }

    public static Optional<LabelScript> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }

    /** True when every letter of {@code name} is in this script (and, for Russian, in the Russian alphabet). */
    boolean writes(String name) {
        if (unicode == null) {
            return false;
        }
        boolean anyLetter = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            anyLetter = true;
            if (UnicodeScript.of(cp) != unicode) {
                return false; // e.g. kana in a Japanese name among the Han ones
            }
            if (this == RUSSIAN && NOT_RUSSIAN.indexOf(Character.toLowerCase(cp)) >= 0) {
                return false;
            }
        }
        return anyLetter;
    }
}
