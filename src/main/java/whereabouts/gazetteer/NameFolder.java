package whereabouts.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a place name (or a query) to the key used for matching, so that spellings that differ only in case,
 * diacritics, apostrophes, hyphens, spaces or a trailing "city" word compare equal:
 * {@code "P'yŏngyang-si"}, {@code "Pyongyang"} and {@code "PYONGYANG"} all fold to {@code "pyongyang"};
 * {@code "Hà Nội"} and {@code "Ha Noi"} to {@code "hanoi"}; {@code "평양시"} to {@code "평양"}.
 *
 * <p>Steps, in order: lower-case (root locale); Unicode NFKD; drop combining marks (but keep Cyrillic й, whose
 * breve is part of the letter); map letters NFKD does not decompose ({@code đ ð → d}, {@code ł → l},
 * {@code ø → o}, {@code æ → ae}, {@code œ → oe}, {@code ß → ss}, {@code ı → i}, {@code ħ → h}); drop apostrophes
 * and quote-like marks ({@code ' ’ ‘ ʼ ` ʻ ´ ʹ ʺ "}); treat hyphens, dashes, dots, commas, slashes, brackets and
 * whitespace as word separators; recompose Hangul (NFKD splits syllables into jamo, NFC puts them back), so
 * Hangul and Han characters come out unchanged; strip a trailing administrative "city" word (Latin
 * {@code si}/{@code shi} as a separate word, Hangul 시/직할시/특별시/광역시, Han 市) when at least two
 * characters (three for Latin) remain; finally remove the separators. GeoNames' own ASCII column is not used:
 * it is broken for some names ("Thi Tran GJong GJang" for Đồng Đăng).
 *
 * <p>Stateless and thread-safe.
 */
public final class NameFolder {
    private static final String[] HANGUL_CITY_SUFFIXES = {"직할시", "특별시", "광역시", "시"};

    private NameFolder() {
    }

    /** The folded key of {@code name}; empty if the name has no letters or digits. Never null. */
    public static String fold(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        if (!foldByTable(name, out)) {
            out.setLength(0);
            foldByNormalizer(name, out);
        }
        String s = collapseSpaces(out);
        s = stripCitySuffix(s);
        return s.indexOf(' ') < 0 ? s : s.replace(" ", "");
    }

    /**
     * Fast path: every character is either in the precomputed table (Latin, Latin Extended incl. Vietnamese,
     * Cyrillic, combining marks, common punctuation) or a Hangul syllable / Han ideograph kept as is.
     * Returns false if some character needs the general path.
     */
    private static boolean foldByTable(String name, StringBuilder out) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String mapped = c < TABLE.length ? TABLE[c] : null;
            if (mapped != null) {
                if (c == '\u0306' && out.length() > 0 && out.charAt(out.length() - 1) == 'и') {
                    out.setCharAt(out.length() - 1, 'й');
                } else {
                    out.append(mapped);
                }
            } else if ((c >= '\uac00' && c <= '\ud7a3') || isHan(c)) {
                out.append(c);
            } else {
                return false;
            }
        }
        return true;
    }

    /** General path: lower-case, NFKD, drop marks, map and filter characters, recompose Hangul. */
    private static void foldByNormalizer(String name, StringBuilder out) {
        String lower = name.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        boolean jamo = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                int last = out.length() - 1;
                if (c == '\u0306' && last >= 0 && out.charAt(last) == 'и') {
                    out.setCharAt(last, 'й');
                }
                continue;
            }
            if (c >= '\u1100' && c <= '\u11ff') {
                jamo = true;
            }
            appendFolded(out, c);
        }
        if (jamo) {
            String recomposed = Normalizer.normalize(out, Normalizer.Form.NFC);
            out.setLength(0);
            out.append(recomposed);
        }
    }

    /** Folded form of each character below U+2100 (null: not covered, use the general path). */
    private static final String[] TABLE = buildTable();

    private static String[] buildTable() {
        String[] table = new String[0x2100];
        for (int c = 0; c < table.length; c++) {
            boolean covered = c < 0x0530 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x206f);
            if (!covered || Character.isSurrogate((char) c)) {
                continue;
            }
            StringBuilder b = new StringBuilder(4);
            foldByNormalizer(String.valueOf((char) c), b);
            table[c] = b.toString();
        }
        return table;
    }

    private static void appendFolded(StringBuilder out, char c) {
        switch (c) {
            case 'đ', 'ð' -> out.append('d');
            case 'ł' -> out.append('l');
            case 'ø' -> out.append('o');
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'ß' -> out.append("ss");
            case 'ı' -> out.append('i');
            case 'ħ' -> out.append('h');
            case '\'', '’', '‘', 'ʼ', '`', 'ʻ', '´', 'ʹ', 'ʺ', '"', '′', '″', '«', '»', '“', '”' -> {
                // apostrophes and quotes carry no letter
            }
            case '-', '‐', '‑', '‒', '–', '—', '_', '.', ',', '/', '(', ')', '[', ']', '·', '・' -> out.append(' ');
            default -> {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    out.append(' ');
                } else if (Character.isLetterOrDigit(c)) {
                    out.append(c);
                }
                // other symbols and controls are dropped
            }
        }
    }

    private static String collapseSpaces(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    private static String stripCitySuffix(String s) {
        for (String latin : new String[] {" si", " shi"}) {
            if (s.endsWith(latin) && s.length() - latin.length() >= 3) {
                return s.substring(0, s.length() - latin.length());
            }
        }
        for (String suffix : HANGUL_CITY_SUFFIXES) {
            if (s.endsWith(suffix) && lettersBefore(s, suffix) >= 2 && isHangul(s.charAt(s.length() - suffix.length() - 1))) {
                return s.substring(0, s.length() - suffix.length()).stripTrailing();
            }
        }
        if (s.endsWith("市") && lettersBefore(s, "市") >= 2) {
            return s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    private static int lettersBefore(String s, String suffix) {
        return s.substring(0, s.length() - suffix.length()).replace(" ", "").length();
    }

    static boolean isHangul(char c) {
        return (c >= '\uac00' && c <= '\ud7a3') || (c >= '\u1100' && c <= '\u11ff') || (c >= '\u3130' && c <= '\u318f');
    }

    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
