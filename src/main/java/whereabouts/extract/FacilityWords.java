package whereabouts.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that name a kind of facility after (or before) a place name, and the GeoNames feature codes they ask for:
 * "Rajin port", "Vladivostok's sea terminal", "the port of Nampo" → PRT; "Khabarovsk airport" → AIRP; "Khasan
 * station" → RSTN; "the Tumen River" → STM; "the Amur bridge" → BDG. In Russian ("порт", "аэропорт", "станция",
 * "вокзал"), Korean suffixes ("하산역", "남포항", "인천국제공항") and Chinese ones ("哈桑站", "大连港", "机场"). A place
 * found with a facility word is ranked by that feature class ({@link PlaceRanker}). Stateless.
 */
final class FacilityWords {
    static final String PORT = "PRT";
    static final String AIRPORT = "AIRP";
    static final String STATION = "RSTN";
    static final String BRIDGE = "BDG";
    static final String STREAM = "STM";
    static final String SPACE = "CTRS";
    static final String BORDER = "PSTB";

    /** A facility word after a name: where it ends (relative to the text given) and the feature code it asks for. */
    record Facility(int end, String featureCode) {
    }

    private static final Pattern AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:(?:international|main|sea|commercial|"
            + "passenger|cargo|railway|rail|train|naval|military|river|container|ferry|central)\\s+)*"
            + "(airport|air\\s+base|airbase|airfield|port|seaport|harbou?r|sea\\s+terminal|terminal|berth|pier|"
            + "station|railway\\s+station|junction|bridge|river|cosmodrome|border\\s+crossing|crossing|checkpoint)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_RU = Pattern.compile("(?iu)(?:^|\\s)(порт\\p{L}*|аэропорт\\p{L}*|станци\\p{L}*|"
            + "вокзал\\p{L}*|мост\\p{L}*|рек\\p{L}*|космодром\\p{L}*|остров\\p{L}*)\\s+$");
    private static final Map<String, String> KOREAN_SUFFIX = Map.of("국제공항", AIRPORT, "공항", AIRPORT, "비행장", AIRPORT,
            "역", STATION, "항", PORT, "대교", BRIDGE, "강", STREAM);
    private static final String[] KOREAN_ORDER = {"국제공항", "공항", "비행장", "대교", "역", "항", "강"};
    private static final String[] HAN_SUFFIXES = {"国际机场", "機場", "机场", "站", "港", "桥", "江", "河"};

    private FacilityWords() {
    }

    /** The facility word that follows a name ({@code after} is the text right after it), or null. */
    static Facility after(String after) {
        Matcher m = AFTER.matcher(after);
        if (!m.find()) {
            return null;
        }
        return new Facility(m.end(), code(m.group(1)));
    }

    /** "порт Находка", "аэропорту Пхеньяна", "станцию Хасан": the feature code asked for before a Cyrillic name. */
    static String beforeRussian(String before) {
        Matcher m = BEFORE_RU.matcher(before);
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("аэропорт")) {
            return AIRPORT;
        }
        if (w.startsWith("порт")) {
            return PORT;
        }
        if (w.startsWith("станци") || w.startsWith("вокзал")) {
            return STATION;
        }
        if (w.startsWith("мост")) {
            return BRIDGE;
        }
        if (w.startsWith("рек")) {
            return STREAM;
        }
        return w.startsWith("космодром") ? SPACE : "ISL";
    }

    /** "port of", "station of" before a name (the noun of a NOUN_OF cue), or null. */
    static String ofNoun(String noun) {
        return switch (noun.toLowerCase(Locale.ROOT)) {
            case "port", "harbour", "harbor" -> PORT;
            case "station", "junction" -> STATION;
            case "cosmodrome" -> SPACE;
            case "crossing" -> BORDER;
            default -> null;
        };
    }

    /** A Korean facility suffix of {@code word} ("하산역" → 역), or null. */
    static String koreanSuffix(String word) {
        for (String s : KOREAN_ORDER) {
            if (word.endsWith(s) && word.length() > s.length() + 1) {
                return s;
            }
        }
        return null;
    }

    static String koreanCode(String suffix) {
        return KOREAN_SUFFIX.get(suffix);
    }

    /** A Han facility suffix of {@code run} ("哈桑站" → 站), or null. */
    static String hanSuffix(String run) {
        for (String s : HAN_SUFFIXES) {
            if (run.endsWith(s) && run.length() > s.length() + 1) {
                return s;
            }
        }
        return null;
    }

    static String hanCode(String suffix) {
        return switch (suffix) {
            case "国际机场", "機場", "机场" -> AIRPORT;
            case "站" -> STATION;
            case "港" -> PORT;
            case "桥" -> BRIDGE;
            default -> STREAM;
        };
    }

    private static String code(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "airport", "air base", "airbase", "airfield" -> AIRPORT;
            case "port", "seaport", "harbour", "harbor", "sea terminal", "terminal", "berth", "pier" -> PORT;
            case "station", "railway station", "junction" -> STATION;
            case "bridge" -> BRIDGE;
            case "river" -> STREAM;
            case "cosmodrome" -> SPACE;
            default -> BORDER;
        };
    }

    /** How far from a settlement its facility of this kind may lie, km (an airport serves a city from 40 km). */
    static double radiusKm(String featureCode) {
        return switch (featureCode) {
            case AIRPORT -> 60;
            case PORT, BRIDGE, STREAM -> 30;
            default -> 15;
        };
    }
}
