package whereabouts.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.gazetteer.NameFolder;

/**
 * Names of countries (folded), in English, Russian, Korean, Chinese and Japanese, from the JDK's own locale data,
 * plus common short forms and demonyms, each with its ISO code. A country named in a report is never a sighting's
 * place: it is too coarse to put on the map, and it is mostly used for its government ("Russia warned"). The
 * countries a story names are context for ranking its places ({@link StoryContext}).
 */
final class Countries {
    private static final Map<String, String> FOLDED = build();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}.’'-]+");
    private static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("russian", "RU"),
            Map.entry("north korean", "KP"), Map.entry("south korean", "KR"), Map.entry("chinese", "CN"),
            Map.entry("japanese", "JP"), Map.entry("vietnamese", "VN"), Map.entry("mongolian", "MN"),
            Map.entry("ukrainian", "UA"), Map.entry("iranian", "IR"), Map.entry("российск", "RU"),
            Map.entry("северокорейск", "KP"), Map.entry("китайск", "CN"), Map.entry("приморь", "RU"),
            Map.entry("primorye", "RU"), Map.entry("siberia", "RU"), Map.entry("amur", "RU"));
    private static final String[][] CJK = {{"俄罗斯", "RU"}, {"朝鲜", "KP"}, {"中国", "CN"}, {"越南", "VN"}, {"韩国", "KR"},
            {"日本", "JP"}, {"러시아", "RU"}, {"북한", "KP"}, {"중국", "CN"}, {"베트남", "VN"}, {"일본", "JP"}, {"한국", "KR"}};

    private Countries() {
    }

    static boolean isCountry(String name) {
        return FOLDED.containsKey(NameFolder.fold(name));
    }

    /** ISO codes of the countries {@code text} names (one to three words at a time) or whose demonyms it uses. */
    static Set<String> codesIn(String text) {
        Set<String> out = new HashSet<>();
        String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        Matcher m = WORD.matcher(head);
        String w1 = null;
        String w2 = null;
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "");
            if (!Character.isUpperCase(w.codePointAt(0))) {
                w1 = null;
                w2 = null;
                continue;
            }
            add(out, w);
            if (w1 != null) {
                add(out, w1 + " " + w);
                if (w2 != null) {
                    add(out, w2 + " " + w1 + " " + w);
                }
            }
            w2 = w1;
            w1 = w;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        DEMONYMS.forEach((k, v) -> {
            if (lower.contains(k) && !v.isEmpty()) {
                out.add(v);
            }
        });
        for (String[] c : CJK) {
            if (head.contains(c[0])) {
                out.add(c[1]);
            }
        }
        return out;
    }

    private static void add(Set<String> out, String name) {
        String cc = FOLDED.get(NameFolder.fold(name));
        if (cc != null && !cc.isEmpty()) {
            out.add(cc);
        }
    }

    private static Map<String, String> build() {
        Map<String, String> out = new HashMap<>();
        Locale[] languages = {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.KOREAN, Locale.CHINESE, Locale.JAPANESE};
        for (String cc : Locale.getISOCountries()) {
            Locale country = new Locale("", cc);
            for (Locale lang : languages) {
                String n = country.getDisplayCountry(lang);
                if (!n.isBlank() && !n.equals(cc)) {
                    out.put(NameFolder.fold(n), cc);
                }
            }
        }
        String[][] aliases = {{"Russian Federation", "RU"}, {"DPRK", "KP"}, {"North Korea", "KP"}, {"South Korea", "KR"},
                {"Korea", "KR"}, {"United States", "US"}, {"United States of America", "US"}, {"USA", "US"}, {"US", "US"},
                {"U.S.", "US"}, {"America", "US"}, {"UK", "GB"}, {"Britain", "GB"}, {"Great Britain", "GB"},
                {"Soviet Union", "RU"}, {"USSR", "RU"}, {"PRC", "CN"}, {"Vietnam", "VN"}, {"Viet Nam", "VN"},
                {"Россия", "RU"}, {"КНДР", "KP"}, {"Северная Корея", "KP"}, {"Южная Корея", "KR"}, {"США", "US"},
                {"Китай", "CN"}, {"북한", "KP"}, {"조선", "KP"}, {"남한", "KR"}, {"한국", "KR"}, {"러시아", "RU"},
                {"미국", "US"}, {"중국", "CN"}, {"朝鲜", "KP"}, {"韩国", "KR"}, {"俄罗斯", "RU"}, {"美国", "US"},
                {"中国", "CN"}, {"Europe", ""}, {"Asia", ""}, {"Siberia", "RU"}, {"Far East", "RU"}, {"Primorye", "RU"},
                {"Korean Peninsula", ""}, {"Heilongjiang", "CN"}, {"Gangwon", "KR"}, {"Crimea", "UA"}}; 
        for (String[] a : aliases) {
            out.put(NameFolder.fold(a[0]), a[1]);
        }
        return Map.copyOf(out);
    }
}
