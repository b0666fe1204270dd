package whereabouts.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.extract.PlaceFinder.PlaceMention;
import whereabouts.gazetteer.Place;

/**
 * A place a sentence refers back to, in a sentence that names none of its own: "there" ("TASS said the train reached
 * Khabarovsk. It stayed there until Thursday.") and a definite description after a locative word ("He is expected to
 * arrive in the Chinese capital on Tuesday", "The train could reach the port city on Wednesday"), read as the place
 * named last in the paragraph when its class fits the noun (a capital for "capital", a settlement or port for "port
 * city", …) and its country the adjective ("Chinese", "Russian"). Stateless.
 */
final class Anaphora {
    private static final Pattern THERE = Pattern.compile(
            "\\bthere\\b(?!\\s+(?:is|are|was|were|has|have|had|will|would|seems?|appears?|remains?)\\b)");
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)\\b(?:in|at|into|reach|reached|reaches|reaching|"
            + "left|leave|leaves|leaving|entered|toward|towards|for|near|outside|through|visit|visited)\\s+the\\s+"
            + "(?:(chinese|russian|north korean|south korean|japanese|vietnamese|mongolian|korean)\\s+)?"
            + "(capital|port city|border city|border town|city|town|port|harbou?r|station|cosmodrome|airport)\\b");
    private static final Map<String, String> ADJECTIVE_COUNTRY = Map.of("chinese", "CN", "russian", "RU",
            "north korean", "KP", "south korean", "KR", "japanese", "JP", "vietnamese", "VN", "mongolian", "MN");

    private Anaphora() {
    }

    /** The place {@code sentence} refers back to as {@code last}, or null. */
    static PlaceMention resolve(String sentence, int base, PlaceMention last) {
        if (last == null || last.candidate() == null) {
            return null;
        }
        Matcher m = THERE.matcher(sentence);
        if (m.find()) {
            return new PlaceMention(base + m.start(), base + m.end(), last.name(), last.candidate(), 0, 0);
        }
        m = DESCRIPTION.matcher(sentence);
        if (!m.find() || !fits(last.candidate().place(), m.group(1), m.group(2).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String said = sentence.substring(m.start(2) - (m.group(1) == null ? 0 : m.group(1).length() + 1), m.end(2));
        return new PlaceMention(base + m.start(2), base + m.end(2), last.name(), last.candidate(), 0, 0,
                PlaceCues.Role.PLACE, null, "\"the " + said + "\": " + last.name() + ", the place named before.");
    }

    private static boolean fits(Place p, String adjective, String noun) {
        if (adjective != null && !p.countryCode().equals(ADJECTIVE_COUNTRY.get(adjective.toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")))) {
            if (!(adjective.equalsIgnoreCase("korean") && (p.countryCode().equals("KP") || p.countryCode().equals("KR")))) {
                return false;
            }
        }
        String f = p.featureCode();
        return switch (noun) {
            case "capital" -> f.equals("PPLC");
            case "port", "harbor", "harbour" -> f.equals(FacilityWords.PORT) || p.isSettlement();
            case "station" -> f.equals(FacilityWords.STATION) || p.isSettlement();
            case "airport" -> f.equals(FacilityWords.AIRPORT) || p.isSettlement();
            case "cosmodrome" -> f.equals(FacilityWords.SPACE);
            default -> p.isSettlement();
        };
    }
}
