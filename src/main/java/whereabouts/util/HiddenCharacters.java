package whereabouts.util;

import java.util.Locale;
import whereabouts.error.InvalidInputException;

/**
 * The one check, for every text a user types (track names and descriptions, place names, sources, notes, user and
 * token names, an import's default source), against characters that change how text is shown without being seen
 * (#26 "Strict edges"): the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, with which
 * "evil" + U+202E + "txt.exe" reads "evilexe.txt"), the zero-width space and byte-order mark (U+200B, U+FEFF, which
 * make two names that look equal differ) and the line and paragraph separators (U+2028, U+2029, which break a line
 * where no newline was typed). The joiners U+200C and U+200D stay allowed: Persian, Indic scripts and emoji need them.
 */
public final class HiddenCharacters {
    /** The error code of a refused text. */
    public static final String CODE = "hidden_character";

    private HiddenCharacters() {
    }

    /** True for a code point this check refuses. */
    public static boolean refused(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x200B || codePoint == 0xFEFF || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /** Index (in chars) of the first refused character of {@code text}, or -1 when there is none (or no text). */
    public static int firstRefused(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i))) { // every refused code point is in the BMP
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses {@code text} with a 400 naming {@code field} when it holds one of the refused characters; null passes.
     *
     * @param label the field as a person reads it ("The source", "A track name")
     */
    public static void check(String field, String label, String text) {
        int at = firstRefused(text);
        if (at < 0) {
            return;
        }
        int cp = text.charAt(at);
        String name = Character.getName(cp);
        throw new InvalidInputException(CODE, field, label + " holds an invisible character, "
                + String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name.toLowerCase(Locale.ROOT))
                + ", at character " + (at + 1) + ": it changes how the text is shown or compared without being seen."
                + " Type the text again without it (it often comes with text copied from a web page).");
    }
}
