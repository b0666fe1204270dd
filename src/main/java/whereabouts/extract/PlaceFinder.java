package whereabouts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.Place;
import whereabouts.geo.LatLon;

/**
 * Finds the places a sentence puts the subject at. A name is looked up in the gazetteer (any script, longest run of
 * words first, up to {@value #MAX_WORDS} words) only where the words before it make it a location:
 * <ul>
 *   <li>a locative preposition or a verb of movement: "in", "at", "into", "near", "via", "through", "reached", "left",
 *       "entered", "crossed into", "arrived in" … ("to", "from" and "for" only after a verb of travel within four
 *       words: "left Khasan for Ussuriysk", not "sold arms to Russia");</li>
 *   <li>"the (eastern) city/town/village/port/station of Y", "in the border town of Y": Y is the place;</li>
 *   <li>"N km north of Y": Y is the place, offset by N km (the draft is put there, with N as its uncertainty) —
 *       unless the clause only describes where something lies ("located", "lies", "situated");</li>
 *   <li>after a place already found, "and Y" / ", Y" continues the list.</li>
 * </ul>
 * A name is not a place when it is a country, when it is possessive ("Pyongyang's foreign minister") or when a
 * verb of speech follows it ("Washington warned"): the metonyms. "between Pyongyang and Moscow" has no locative
 * cue at all. In Cyrillic, case endings are tried off ("в Хабаровске"); in Hangul, particles ("평양에서"); in Han,
 * names after 在/到/抵达/离开/从/经/赴. Ranking of same-name places is the gazetteer's (own name, importance, script),
 * biased towards {@code near} (the track's recent sightings) when given. Thread-safe.
 */
final class PlaceFinder {
    static final int MAX_WORDS = 4;

    /** A place found: its span, the gazetteer's candidate, and an offset ("30 km north of"). */
    record PlaceMention(int start, int end, String name, Candidate candidate, double offsetKm, double bearingDegrees) {
    }

    static final double COORDINATE_NEAR_KM = 300;
    private static final String DEGREES = "\\d{1,3}(?:\\.\\d+)?\\s*°?(?:\\s*\\d{1,2}(?:\\.\\d+)?\\s*['′](?:\\s*\\d{1,2}(?:\\.\\d+)?\\s*[\"″])?)?";
    private static final Pattern COORDINATES = Pattern.compile("(?<![\\d.])(" + DEGREES + "\\s*([NS]))[\\s,]+(" + DEGREES
            + "\\s*[EW])(?![\\p{L}\\d])");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|and|, and|or|then|, then)\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’.][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "into", "inside", "near", "outside", "via",
            "through", "across", "reached", "reach", "reaches", "reaching", "left", "leave", "leaves", "leaving", "departed",
            "departs", "departing", "entered", "enters", "entering", "visited", "visiting", "visit", "visits", "passed",
            "passing", "past", "toward", "towards", "onto", "around", "crossed", "arrive", "arrived", "arrives");
    private static final Set<String> WEAK = Set.of("to", "from", "for");
    private static final Pattern TRAVEL = Pattern.compile("(?i)\\b(left|leave|leaves|leaving|travel\\w*|head\\w*|arriv\\w*|"
            + "return\\w*|went|go|goes|going|moved?|moving|train|trains|flew|fly|flies|bound|depart\\w*|journey\\w*|route|"
            + "way|trip|rode|drove|sailed|crossed|crossing|continued|proceeded|ran|runs|travel)\\b");
    private static final Set<String> SKIP = Set.of("the", "a", "an", "central", "eastern", "western", "northern",
            "southern", "northeastern", "north-eastern", "northwestern", "north-western", "southeastern", "south-eastern",
            "southwestern", "south-western", "far", "downtown", "border", "remote", "small", "coastal", "frontier",
            "nearby", "provincial", "industrial", "port", "capital", "main", "northeast", "northwest", "southeast",
            "southwest", "north", "south", "east", "west", "far-eastern", "russian", "chinese", "korean", "japanese",
            "north korean", "pacific", "station", "railway", "city", "town", "of");
    private static final Pattern NOUN_OF = Pattern.compile(
            "(?i)\\b(town|city|village|port|station|capital|settlement|hub|crossing|cosmodrome|junction|terminal)\\s+of\\s+$");
    private static final Pattern OFFSET = Pattern.compile("(?i)\\b(?:about\\s+|some\\s+|around\\s+|roughly\\s+)?(\\d+(?:[.,]\\d+)?)"
            + "[\\s-]*(km|kilometers|kilometres|miles|mi)\\s*(?:\\([^)]*\\)\\s*)?(north|south|east|west|northeast|northwest|"
            + "southeast|southwest|north-east|north-west|south-east|south-west)\\s+of\\s+$");
    /** Lower-case nouns that may end a place's name: "the Tumen River bridge", "the Razdolnaya river". */
    private static final Set<String> FEATURE_NOUNS = Set.of("bridge", "river");
    /** "the port of Rajin": the gazetteer's "Port of Rajin" (a port, PRT) wins over the town of that name. */
    private static final Pattern FEATURE_OF = Pattern.compile("(?i)\\b(port|harbour|harbor)\\s+of\\s+$");
    /** A name followed by "River" names the river, not the town of that name ("the Tumen River bridge"). */
    private static final Pattern RIVER_AFTER = Pattern.compile("^\\s+(?i:river|rivers)\\b");
    /** "there" as a place ("it stayed there"), not the "there is/are" of existence. */
    private static final Pattern THERE = Pattern.compile(
            "\\bthere\\b(?!\\s+(?:is|are|was|were|has|have|had|will|would|seems?|appears?|remains?)\\b)");
    private static final Pattern DESCRIBES = Pattern.compile("(?i)\\b(located|lies|lying|situated|is about|is some)\\b");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^\\s+(warned|warns|said|says|urged|urges|announced|"
            + "insisted|insists|denied|denies|accused|accuses|condemned|demanded|rejected|threatened|responded|agreed|"
            + "wants|hopes|fears|believes|claimed|claims|criticised|criticized|welcomed|has|have|is|was|will|would)\\b");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "sept", "october", "november", "december", "the", "a", "an", "this", "that", "he", "she", "it", "they", "we",
            "president", "leader", "comrade", "kim", "putin", "mr", "mrs", "ms");
    private static final Pattern RU_LOCATIVE = Pattern.compile("(?iu)(?:^|\\s)(в|во|из|на|до|через|под|около|у|к)\\s+$");
    private static final String[] RU_ENDINGS = {"е", "у", "а", "ом", "ем", "и", "ы", "я", "ю"};
    private static final String[] KO_LOCATIVE = {"에서", "에", "으로", "로", "까지", "를", "을"};
    private static final Pattern HAN_CUE = Pattern.compile("(在|到|抵达|抵達|离开|離開|从|從|经|經|赴|前往|途经|途經)");

    private final Gazetteer gazetteer;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The places of {@code sentence} (indices shifted by {@code base}), in text order. */
    List<PlaceMention> find(String sentence, int base, LatLon near) {
        List<PlaceMention> out = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        findCoordinates(sentence, base, out);
        PlaceMention previous = null;
        int previousEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            int c = sentence.codePointAt(w[0]);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                findHan(sentence, w, base, near, out);
                continue;
            }
            if (script == Character.UnicodeScript.HANGUL) {
                findHangul(sentence, w, base, near, out);
                continue;
            }
            if (!Character.isUpperCase(c)) {
                continue;
            }
            String before = sentence.substring(Math.max(0, w[0] - 80), w[0]);
            boolean continues = previous != null && LIST_GAP.matcher(sentence).region(previousEnd, w[0]).matches();
            Cue cue = script == Character.UnicodeScript.CYRILLIC ? cyrillicCue(before) : latinCue(before);
            if (cue == null && !continues) {
                continue;
            }
            PlaceMention found = longest(sentence, words, i, base, near, script == Character.UnicodeScript.CYRILLIC);
            if (found == null) {
                continue;
            }
            int endLocal = found.end() - base;
            if (found.candidate() == null || metonym(sentence, endLocal)
                    || RIVER_AFTER.matcher(sentence).region(endLocal, sentence.length()).find()
                    || (cue != null && cue.offsetKm > 0 && DESCRIBES.matcher(clauseBefore(sentence, w[0])).find())) {
                previous = null;
                i = lastWordBefore(words, endLocal);
                continue;
            }
            if (cue != null && cue.offsetKm > 0) {
                found = new PlaceMention(found.start(), found.end(), found.name(), found.candidate(), cue.offsetKm, cue.bearing);
            }
            found = featureNamedAfter(before, found, near);
            out.add(found);
            previous = found;
            previousEnd = endLocal;
            i = lastWordBefore(words, endLocal);
        }
        return out;
    }

    private record Cue(double offsetKm, double bearing) {
    }

    private static Cue latinCue(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        if (lower.endsWith("of ")) {
            Matcher off = OFFSET.matcher(before);
            if (off.find()) {
                double n = Double.parseDouble(off.group(1).replace(',', '.'));
                double km = off.group(2).toLowerCase(Locale.ROOT).startsWith("mi") ? n * 1.609344 : n;
                return new Cue(km, bearing(off.group(3).toLowerCase(Locale.ROOT).replace("-", "")));
            }
            if (NOUN_OF.matcher(before).find()) {
                return new Cue(0, 0);
            }
        }
        int i = lower.length();
        for (int seen = 0; i > 0 && seen < 5; seen++) {
            int j = i;
            while (j > 0 && !wordChar(lower.charAt(j - 1))) {
                j--;
            }
            int k = j;
            while (k > 0 && wordChar(lower.charAt(k - 1))) {
                k--;
            }
            if (k == j) {
                return null;
            }
            String t = lower.substring(k, j);
            if (LOCATIVE.contains(t)) {
                return new Cue(0, 0);
            }
            if (WEAK.contains(t)) {
                return TRAVEL.matcher(lower.substring(Math.max(0, k - 40), k)).find() ? new Cue(0, 0) : null;
            }
            if (!SKIP.contains(t)) {
                return null;
            }
            i = k;
        }
        return null;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    private static Cue cyrillicCue(String before) {
        return RU_LOCATIVE.matcher(before).find() ? new Cue(0, 0) : latinCue(before);
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

    /** The longest run of up to {@value #MAX_WORDS} capitalised words (or one hyphenated word) at word i that the gazetteer knows. */
    private PlaceMention longest(String s, List<int[]> words, int i, int base, LatLon near, boolean cyrillic) {
        int last = i;
        while (last + 1 < words.size() && last - i + 1 < MAX_WORDS) {
            int[] next = words.get(last + 1);
            String gap = s.substring(words.get(last)[1], next[0]);
            if (!gap.equals(" ") || !Character.isUpperCase(s.codePointAt(next[0]))) {
                break;
            }
            last++;
        }
        if (last + 1 < words.size()) { // "Tumen River bridge": one lower-case feature noun may end the name
            int[] next = words.get(last + 1);
            if (s.substring(words.get(last)[1], next[0]).equals(" ")
                    && FEATURE_NOUNS.contains(s.substring(next[0], next[1]))) {
                last++;
            }
        }
        for (int j = last; j >= i; j--) {
            int start = words.get(i)[0];
            int end = words.get(j)[1];
            String name = s.substring(start, end);
            if (name.endsWith("'s") || name.endsWith("’s")) {
                continue; // possessive: "Pyongyang's" is the state, not the place
            }
            if (j == i && NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (Countries.isCountry(name)) {
                return new PlaceMention(base + start, base + end, name, null, 0, 0); // "North Korea", not "North"
            }
            List<Candidate> found = gazetteer.exactMatches(name, near);
            if (found.isEmpty() && cyrillic && j == i) {
                for (String ending : RU_ENDINGS) {
                    if (name.length() > ending.length() + 2 && name.endsWith(ending)) {
                        String base0 = name.substring(0, name.length() - ending.length());
                        found = gazetteer.exactMatches(base0, near);
                        if (!found.isEmpty()) {
                            // the span stays the inflected word; the draft's place is the name that matched
                            return new PlaceMention(base + start, base + end, found.get(0).matchedName(), found.get(0), 0, 0);
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                return new PlaceMention(base + start, base + end, name, found.get(0), 0, 0);
            }
        }
        return null;
    }

    /** "the port of Rajin" names the port: the gazetteer's "Port of Rajin" if it has one, else the town. */
    private PlaceMention featureNamedAfter(String before, PlaceMention found, LatLon near) {
        Matcher m = FEATURE_OF.matcher(before);
        if (!m.find()) {
            return found;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        String featureName = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " of " + found.name();
        List<Candidate> feature = gazetteer.exactMatches(featureName, near);
        return feature.isEmpty() ? found : new PlaceMention(found.start(), found.end(), feature.get(0).matchedName(),
                feature.get(0), found.offsetKm(), found.bearingDegrees());
    }

    /**
     * Coordinates written in the text ("43.80°N 131.95°E", "42°25'26\"N 130°39'06\"E", "43.80N 131.95E") are a
     * place as they stand: no cue needed. The nearest settlement within {@value #COORDINATE_NEAR_KM} km gives the
     * time zone and country; the draft keeps the coordinates.
     */
    private void findCoordinates(String s, int base, List<PlaceMention> out) {
        Matcher m = COORDINATES.matcher(s);
        while (m.find()) {
            String written = m.group();
            String normalised = (m.group(1) + " " + m.group(3)).replaceAll("(\\d)\\s*([NSEW])", "$1°$2");
            java.util.Optional<LatLon> at;
            try {
                at = whereabouts.geo.CoordinateParser.parse(normalised);
            } catch (IllegalArgumentException e) {
                continue; // out of range: not coordinates after all
            }
            if (at.isEmpty()) {
                continue;
            }
            Place nearest = gazetteer.reverse(at.get(), COORDINATE_NEAR_KM).map(whereabouts.gazetteer.ReverseResult::place)
                    .orElse(null);
            Place point = new Place(0, written, at.get(), "COORD", nearest == null ? "" : nearest.countryCode(), "", 0,
                    nearest == null ? "" : nearest.timezone(), List.of(), "text");
            out.add(new PlaceMention(base + m.start(), base + m.end(), written,
                    new Candidate(point, 0, written, whereabouts.gazetteer.MatchType.EXACT, false, 0), 0, 0));
        }
    }

    private void findHangul(String s, int[] w, int base, LatLon near, List<PlaceMention> out) {
        String word = s.substring(w[0], w[1]);
        for (String particle : KO_LOCATIVE) {
            if (word.endsWith(particle) && word.length() - particle.length() >= 2) {
                String name = word.substring(0, word.length() - particle.length());
                List<Candidate> found = gazetteer.exactMatches(name, near);
                if (!found.isEmpty() && !Countries.isCountry(name)) {
                    out.add(new PlaceMention(base + w[0], base + w[0] + name.length(), name, found.get(0), 0, 0));
                }
                return;
            }
        }
    }

    private void findHan(String s, int[] w, int base, LatLon near, List<PlaceMention> out) {
        String run = s.substring(w[0], w[1]);
        Matcher cue = HAN_CUE.matcher(run);
        while (cue.find()) {
            int from = cue.end();
            for (int len = Math.min(4, run.length() - from); len >= 2; len--) {
                String name = run.substring(from, from + len);
                List<Candidate> found = gazetteer.exactMatches(name, near);
                if (!found.isEmpty() && !Countries.isCountry(name)) {
                    out.add(new PlaceMention(base + w[0] + from, base + w[0] + from + len, name, found.get(0), 0, 0));
                    break;
                }
            }
        }
    }

    /**
     * "there" in a sentence that names no place of its own, read as {@code last}, the place the previous sentence
     * named ("TASS said the train reached Khabarovsk. It stayed there until Thursday."); null without one.
     */
    PlaceMention there(String sentence, int base, PlaceMention last) {
        Matcher m = THERE.matcher(sentence);
        if (last == null || last.candidate() == null || !m.find()) {
            return null;
        }
        return new PlaceMention(base + m.start(), base + m.end(), last.name(), last.candidate(), 0, 0);
    }

    private static boolean metonym(String s, int end) {
        return s.startsWith("'s", end) || s.startsWith("’s", end)
                || SPEECH_AFTER.matcher(s).region(end, s.length()).find();
    }

    private static String clauseBefore(String s, int at) {
        int from = Math.max(s.lastIndexOf(',', at - 1), s.lastIndexOf(';', at - 1));
        return s.substring(Math.max(0, from), at);
    }

    /** The last word ending at or before {@code end} (words are in text order): a binary search, not a walk from the start. */
    private static int lastWordBefore(List<int[]> words, int end) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid)[1] <= end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
