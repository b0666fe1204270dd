package whereabouts.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import whereabouts.gazetteer.NameFolder;

/**
 * Names of countries (folded), in English, Russian, Korean, Chinese and Japanese, from the JDK's own locale data,
 * plus common short forms. A country named in a report is never a sighting's place: it is too coarse to put on the
 * map, and it is mostly used for its government ("Russia warned").
 */
final class Countries {
    private static final Set<String> FOLDED = build();

    private Countries() {
    }

    static boolean isCountry(String name) {
        return FOLDED.contains(NameFolder.fold(name));
    }

    private static Set<String> build() {
        Set<String> out = new HashSet<>();
        Locale[] languages = {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.KOREAN, Locale.CHINESE, Locale.JAPANESE};
        for (String cc : Locale.getISOCountries()) {
            Locale country = new Locale("", cc);
            for (Locale lang : languages) {
                String n = country.getDisplayCountry(lang);
                if (!n.isBlank() && !n.equals(cc)) {
                    out.add(NameFolder.fold(n));
                }
            }
        }
        for (String alias : new String[] {"Russian Federation", "DPRK", "North Korea", "South Korea", "Korea",
                "United States", "United States of America", "USA", "US", "U.S.", "America", "UK", "Britain",
                "Great Britain", "Soviet Union", "USSR", "PRC", "Vietnam", "Viet Nam", "Россия", "КНДР",
                "Северная Корея", "Южная Корея", "США", "Китай", "북한", "조선", "남한", "한국", "러시아", "미국", "중국",
                "朝鲜", "韩国", "俄罗斯", "美国", "中国", "Europe", "Asia", "Siberia", "Far East", "Primorye"}) {
            out.add(NameFolder.fold(alias));
        }
        return Set.copyOf(out);
    }
}
