package whereabouts.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words before a name that make it a location, and what role they give it (see {@link PlaceFinder}):
 * <ul>
 *   <li>a locative preposition or a verb of movement ("in", "at", "into", "near", "off", "via", "reached",
 *       "left", "out of" …): the subject was there;</li>
 *   <li>"to", "from" and "for" only after a verb of travel within a few words: "from" makes the name the journey's
 *       origin, "for" and "toward" (and "to" after "heading", "bound", "en route") its destination;</li>
 *   <li>"the city/town/port/station of Y", "N km north of Y" (an offset);</li>
 *   <li>in Russian a preposition ("в", "во", "из", "на", "у", "с" …), optionally with a facility or area noun
 *       between ("на станцию Хасан", "в районе Хасана", "из порта Находка").</li>
 * </ul>
 * On the way back from the name, articles, adjectives of place ("the northern border town of") and possessives
 * ("North Korea's Rajin port") are skipped. Stateless.
 */
final class PlaceCues {
    enum Role { PLACE, ORIGIN, DESTINATION }

    /** A cue: its role, an offset ("30 km north of") and the feature class a noun before the name asks for. */
    record Cue(Role role, double offsetKm, double bearing, String feature) {
        static final Cue PLACE = new Cue(Role.PLACE, 0, 0, null);
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "into", "inside", "near", "outside", "via", "off",
            "through", "across", "reached", "reach", "reaches", "reaching", "left", "leave", "leaves", "leaving", "departed",
            "departs", "departing", "entered", "enters", "entering", "visited", "visiting", "visit", "visits", "passed",
            "passing", "past", "onto", "around", "crossed", "arrive", "arrived", "arrives", "docked", "berthed",
            "landed", "called", "near-by");
    private static final Set<String> DESTINATIONS = Set.of("toward", "towards");
    private static final Set<String> WEAK = Set.of("to", "from", "for");
    private static final Pattern TRAVEL = Pattern.compile("(?i)\\b(left|leave|leaves|leaving|travel\\w*|head\\w*|arriv\\w*|"
            + "return\\w*|went|go|goes|going|moved?|moving|train|trains|flew|fly|flies|flight|bound|depart\\w*|journey\\w*|"
            + "route|way|trip|rode|drove|sailed|sail|sails|crossed|crossing|continued|proceeded|ran|runs|travel|off|out)\\b");
    private static final Pattern HEADING = Pattern.compile("(?i)\\b(head\\w*|bound|en route|on (?:its|his|her|their) way|"
            + "way|due|expected|set|back)\\s+(?:back\\s+|on\\s+)?$");
    private static final Set<String> SKIP = Set.of("the", "a", "an", "central", "eastern", "western", "northern",
            "southern", "northeastern", "north-eastern", "northwestern", "north-western", "southeastern", "south-eastern",
            "southwestern", "south-western", "far", "downtown", "border", "remote", "small", "coastal", "frontier",
            "nearby", "provincial", "industrial", "port", "capital", "main", "northeast", "northwest", "southeast",
            "southwest", "north", "south", "east", "west", "far-eastern", "russian", "chinese", "korean", "japanese",
            "north korean", "pacific", "station", "railway", "city", "town", "of", "seaside", "border city", "streets");
    private static final Pattern NOUN_OF = Pattern.compile("(?i)\\b(town|city|village|port|harbou?r|station|capital|"
            + "settlement|hub|crossing|cosmodrome|junction|terminal|streets|outskirts)\\s+of\\s+$");
    private static final Pattern OFFSET = Pattern.compile("(?i)\\b(?:about\\s+|some\\s+|around\\s+|roughly\\s+)?(\\d+(?:[.,]\\d+)?)"
            + "[\\s-]*(km|kilometers|kilometres|miles|mi)\\s*(?:\\([^)]*\\)\\s*)?(north|south|east|west|northeast|northwest|"
            + "southeast|southwest|north-east|north-west|south-east|south-west)\\s+of\\s+$");
    private static final Pattern RU_LOCATIVE = Pattern.compile("(?iu)(?:^|\\s)(в|во|из|на|до|через|под|около|у|к|с|со|возле|"
            + "близ)\\s+(?:(район\\p{L}*|окрестност\\p{L}*|город\\p{L}*|порт\\p{L}*|аэропорт\\p{L}*|станци\\p{L}*|вокзал\\p{L}*|"
            + "космодром\\p{L}*|остров\\p{L}*|мост\\p{L}*|гаван\\p{L}*|пос[её]л\\p{L}*)\\s+)?$");

    private PlaceCues() {
    }

    /** The cue before a Latin-script name ({@code before}: up to 80 characters before it), or null. */
    static Cue latin(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        if (lower.endsWith("of ")) {
            Matcher off = OFFSET.matcher(before);
            if (off.find()) {
                double n = Double.parseDouble(off.group(1).replace(',', '.'));
                double km = off.group(2).toLowerCase(Locale.ROOT).startsWith("mi") ? n * 1.609344 : n;
                return new Cue(Role.PLACE, km, bearing(off.group(3).toLowerCase(Locale.ROOT).replace("-", "")), null);
            }
            Matcher noun = NOUN_OF.matcher(before);
            if (noun.find()) {
                return new Cue(Role.PLACE, 0, 0, FacilityWords.ofNoun(noun.group(1)));
            }
            if (lower.endsWith("out of ")) {
                return Cue.PLACE;
            }
        }
        int i = lower.length();
        for (int seen = 0; i > 0 && seen < 6; seen++) {
            int j = i;
            while (j > 0 && !wordChar(lower.charAt(j - 1))) {
                j--;
            }
            int k = j;
            while (k > 0 && wordChar(lower.charAt(k - 1))) {
                k--;
            }
            if (k == j || (j < i && lower.substring(j, i).contains(","))) {
                return null;
            }
            String t = lower.substring(k, j);
            if (LOCATIVE.contains(t)) {
                return Cue.PLACE;
            }
            if (DESTINATIONS.contains(t)) {
                return new Cue(Role.DESTINATION, 0, 0, null);
            }
            if (WEAK.contains(t)) {
                String verb = lower.substring(Math.max(0, k - 60), k);
                if (!TRAVEL.matcher(verb).find()) {
                    return null;
                }
                if (t.equals("from")) {
                    return new Cue(Role.ORIGIN, 0, 0, null);
                }
                return t.equals("for") || HEADING.matcher(verb).find() ? new Cue(Role.DESTINATION, 0, 0, null) : Cue.PLACE;
            }
            boolean possessive = t.endsWith("'s") || t.endsWith("’s");
            if (!SKIP.contains(t) && !possessive) {
                return null;
            }
            i = k;
        }
        return null;
    }

    /** The cue before a Cyrillic name: a Russian preposition (with an optional facility noun), else a Latin one. */
    static Cue cyrillic(String before) {
        Matcher m = RU_LOCATIVE.matcher(before);
        if (m.find()) {
            String prep = m.group(1).toLowerCase(Locale.ROOT);
            Role role = prep.equals("из") || prep.equals("с") || prep.equals("со") ? Role.ORIGIN : Role.PLACE;
            String feature = m.group(2) == null ? null : FacilityWords.beforeRussian(m.group(2) + " ");
            return new Cue(role, 0, 0, feature);
        }
        return latin(before);
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    private static double bearing(String dir) {
        return switch (dir) {
            case "north" -> 0;
            case "northeast" -> 45;
            case "east" -> 90;
            case "southeast" -> 135;
            case "south" -> 180;
            case "southwest" -> 225;
            case "west" -> 270;
            default -> 315;
        };
    }
}
