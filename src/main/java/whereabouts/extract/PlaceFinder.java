package whereabouts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.extract.PlaceCues.Cue;
import whereabouts.extract.PlaceCues.Role;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GeocodeQuery;
import whereabouts.gazetteer.MatchType;
import whereabouts.geo.LatLon;

/**
 * Finds the places a sentence puts the subject at, the way geoparsers do: a name is a candidate only with a
 * locative cue before it ({@link PlaceCues}) or when it is a known name of several words ("Sino-Korean Friendship
 * Bridge"); it is the longest run of capitalised words (up to {@value #MAX_WORDS}) the gazetteer knows, and a
 * shorter part of a longer unknown name is not tried ("Buckingham Palace" is not Buckingham, "Far Eastern Federal
 * University" not Pharr). A facility word after it ("Rajin port", "Vladivostok's sea terminal", "Khabarovsk
 * airport") asks for that feature class ({@link FacilityWords}); same-name places are then ranked by the story
 * ({@link PlaceRanker}). A name the gazetteer does not know goes through its fuzzy search ("Vladivostock").
 * Countries, possessives without a facility ("Pyongyang's foreign minister") and names followed by a verb of
 * speech ("Washington warned") are not places. Cyrillic words are read through {@link RussianNames} (Lucene's
 * Russian stemmer), Hangul through {@link HangulPlaces} (Nori), Han through {@link HanPlaces}. Thread-safe.
 */
final class PlaceFinder {
    static final int MAX_WORDS = 4;
    /** Shortest unknown name (characters) tried against the fuzzy search. */
    static final int FUZZY_MIN_CHARS = 7;

    /** A place found: its span, the chosen candidate, an offset ("30 km north of"), its role and why it is doubtful. */
    record PlaceMention(int start, int end, String name, Candidate candidate, double offsetKm, double bearingDegrees,
                        Role role, String doubt, String note) {
        PlaceMention(int start, int end, String name, Candidate candidate, double offsetKm, double bearingDegrees) {
            this(start, end, name, candidate, offsetKm, bearingDegrees, Role.PLACE, null, null);
        }
    }

    /** A name found before ranking: all its candidates and the feature class its words ask for. */
    record Lookup(int start, int end, String name, List<Candidate> candidates, String feature, Cue cue, boolean strong,
                  String note) {
    }

    static final double COORDINATE_NEAR_KM = 300;
    private static final String DEGREES = "\\d{1,3}(?:\\.\\d+)?\\s*°?(?:\\s*\\d{1,2}(?:\\.\\d+)?\\s*['′](?:\\s*\\d{1,2}(?:\\.\\d+)?\\s*[\"″])?)?";
    private static final Pattern COORDINATES = Pattern.compile("(?<![\\d.])(" + DEGREES + "\\s*([NS]))[\\s,]+(" + DEGREES
            + "\\s*[EW])(?![\\p{L}\\d])");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|and|, and|or|then|, then)\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’.][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern RIVER_AFTER = Pattern.compile("^\\s+(?i:river|rivers)\\b");
    private static final Pattern THERE = Pattern.compile(
            "\\bthere\\b(?!\\s+(?:is|are|was|were|has|have|had|will|would|seems?|appears?|remains?)\\b)");
    private static final Pattern DESCRIBES = Pattern.compile("(?i)\\b(located|lies|lying|situated|is about|is some)\\b");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^\\s+(warned|warns|said|says|urged|urges|announced|"
            + "insisted|insists|denied|denies|accused|accuses|condemned|demanded|rejected|threatened|responded|agreed|"
            + "wants|hopes|fears|believes|claimed|claims|criticised|criticized|welcomed|has|have|is|was|will|would|"
            + "declined|signed|and\\s+\\p{Lu}\\p{L}+\\s+(?:have|has|signed|said))\\b");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "sept", "october", "november", "december", "the", "a", "an", "this", "that", "he", "she", "it", "they", "we",
            "president", "leader", "comrade", "kim", "putin", "mr", "mrs", "ms", "far", "north", "south", "east", "west",
            "central", "federal", "international", "national", "new", "port", "station", "airport", "river", "bridge",
            "state", "great", "upper", "lower", "un", "us", "update", "correction", "eastern", "western", "northern",
            "southern", "satellite", "footage", "russian", "chinese", "korean", "japanese");
    /** Words that end a run of capitalised words: "in Beijing Tuesday". */
    private static final Set<String> RUN_BREAKERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "sept", "october", "november", "december");
    /** A place right after another with only "near" between describes the first: "Vostochny port near Nakhodka". */
    private static final Pattern DESCRIPTOR_GAP = Pattern.compile("^\\s*,?\\s*(?:near|outside|close\\s+to|not\\s+far\\s+from)\\s+$");
    /** A preposition before a known multi-word name without a locative cue: "before the Friendship Bridge". */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(on|before|after|beyond|of|from|with|by|"
            + "about|over|for|to|than|like|between)\\s+(?:the\\s+)?$");
    /** "the port of Rajin": the gazetteer's own "Port of Rajin" wins over the town of that name. */
    private static final Pattern FACILITY_OF = Pattern.compile("(?i)\\b(port|harbou?r|station|airport|cosmodrome|"
            + "junction)\\s+of\\s+$");
    private static final Set<String> FACILITY_NOUNS = Set.of("port", "station", "airport", "river", "bridge", "harbour",
            "harbor", "terminal", "junction", "cosmodrome", "crossing", "island");

    private final Gazetteer gazetteer;
    private final RussianNames russian;
    private final HangulPlaces hangul;
    private final HanPlaces han;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.russian = new RussianNames(gazetteer);
        this.hangul = new HangulPlaces(gazetteer);
        this.han = new HanPlaces(gazetteer);
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The names of {@code sentence} (indices shifted by {@code base}) with their candidates, in text order. */
    List<Lookup> lookups(String sentence, int base, NameLookups memo) {
        LatLon near = memo.near();
        List<Lookup> out = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        findCoordinates(sentence, base, out);
        Lookup previous = null;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            int c = sentence.codePointAt(w[0]);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han.find(sentence, w, base, near, out);
                continue;
            }
            if (script == Character.UnicodeScript.HANGUL) {
                hangul.find(sentence, words, i, base, near, out);
                continue;
            }
            if (!Character.isUpperCase(c)) {
                continue;
            }
            String before = sentence.substring(Math.max(0, w[0] - 80), w[0]);
            boolean continues = previous != null && previous.candidates() != null
                    && LIST_GAP.matcher(sentence).region(previous.end() - base, w[0]).matches();
            boolean cyrillic = script == Character.UnicodeScript.CYRILLIC;
            Cue cue = cyrillic ? PlaceCues.cyrillic(before) : PlaceCues.latin(before);
            if (continues && cue == null) {
                cue = previous.cue();
            }
            Lookup found = longest(sentence, words, i, base, memo, cyrillic, cue);
            if (found == null) {
                continue;
            }
            int endLocal = found.end() - base;
            i = lastWordBefore(words, endLocal);
            boolean descriptor = previous != null && previous.candidates() != null && previous.end() - base <= w[0]
                    && DESCRIPTOR_GAP.matcher(sentence.substring(previous.end() - base, w[0])).matches();
            boolean weakStrong = cue == null && PREPOSITION_BEFORE.matcher(before).find();
            if (found.candidates() == null || (cue == null && (!found.strong() || weakStrong)) || descriptor
                    || metonym(sentence, endLocal)
                    || (found.feature() == null && RIVER_AFTER.matcher(sentence).region(endLocal, sentence.length()).find())
                    || (cue != null && cue.offsetKm() > 0 && DESCRIBES.matcher(clauseBefore(sentence, w[0])).find())) {
                previous = null;
                continue;
            }
            out.add(found);
            previous = found;
        }
        return out;
    }

    /** The longest run of capitalised words at word i that the gazetteer knows, with a facility word after it. */
    private Lookup longest(String s, List<int[]> words, int i, int base, NameLookups memo, boolean cyrillic, Cue cue) {
        LatLon near = memo.near();
        int last = i;
        while (last + 1 < words.size() && last - i + 1 < MAX_WORDS) {
            int[] next = words.get(last + 1);
            String gap = s.substring(words.get(last)[1], next[0]);
            String nextWord = s.substring(next[0], next[1]).toLowerCase(Locale.ROOT);
            if (!gap.equals(" ") || !Character.isUpperCase(s.codePointAt(next[0]))
                    || RUN_BREAKERS.contains(nextWord)) {
                break;
            }
            last++;
        }
        for (int j = last; j >= i; j--) {
            int start = words.get(i)[0];
            int end = words.get(j)[1];
            String name = s.substring(start, end);
            if (j < last && !FACILITY_NOUNS.contains(s.substring(words.get(j + 1)[0], words.get(j + 1)[1])
                    .toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""))) {
                continue; // a part of a longer unknown name: "Buckingham" of "Buckingham Palace"
            }
            boolean possessive = name.endsWith("'s") || name.endsWith("’s");
            String bare = possessive ? name.substring(0, name.length() - 2) : name;
            FacilityWords.Facility facility = FacilityWords.after(s.substring(start + bare.length()));
            if (possessive && facility == null) {
                continue; // "Pyongyang's foreign minister": the state, not the place
            }
            if (j == i && NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (Countries.isCountry(bare)) {
                return new Lookup(base + start, base + end, bare, null, null, cue, false, null);
            }
            String feature = facility != null ? facility.featureCode() : cue == null ? null : cue.feature();
            if (facility != null) {
                int fEnd = start + bare.length() + facility.end();
                List<Candidate> whole = memo.exact(s.substring(start, fEnd));
                if (!whole.isEmpty()) {
                    return new Lookup(base + start, base + fEnd, s.substring(start, fEnd), whole, feature, cue, true, null);
                }
            }
            String named = facility == null && cue != null && cue.feature() != null ? facilityOf(s, start, bare) : null;
            List<Candidate> found = named == null ? List.of() : memo.exact(named);
            String matched = named;
            if (found.isEmpty()) {
                found = memo.exact(bare);
                matched = bare;
            }
            if (found.isEmpty() && cyrillic && j == i) {
                for (String n : russian.namesFor(bare)) {
                    found = memo.exact(n);
                    if (!found.isEmpty()) {
                        matched = n;
                        break;
                    }
                }
            }
            String note = null;
            if (found.isEmpty() && j == i && cue != null && bare.length() >= FUZZY_MIN_CHARS) {
                found = memo.fuzzy(bare, n -> fuzzy(n, near));
                note = found.isEmpty() ? null : "\"" + bare + "\" read as " + found.get(0).place().name()
                        + " (the gazetteer's fuzzy match).";
            }
            if (!found.isEmpty()) {
                int spanEnd = facility != null ? start + bare.length() + facility.end() : start + bare.length();
                return new Lookup(base + start, base + spanEnd, matched, found, feature, cue, j > i, note);
            }
        }
        return null;
    }

    /** "Port of Rajin" for "the port of Rajin" (the noun before the name, capitalised), or null. */
    private static String facilityOf(String s, int start, String bare) {
        Matcher m = FACILITY_OF.matcher(s).region(Math.max(0, start - 20), start);
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " of " + bare;
    }

    private List<Candidate> fuzzy(String name, LatLon near) {
        if (name.length() > GeocodeQuery.MAX_TEXT_LENGTH) {
            return List.of();
        }
        GeocodeQuery q = GeocodeQuery.of(name).withLimit(5);
        List<Candidate> c = gazetteer.search(near == null ? q : q.near(near));
        return c.stream().filter(x -> x.matchType() == MatchType.FUZZY && x.place().population() >= 10_000).toList();
    }

    private void findCoordinates(String s, int base, List<Lookup> out) {
        Matcher m = COORDINATES.matcher(s);
        while (m.find()) {
            String written = m.group();
            String normalised = (m.group(1) + " " + m.group(3)).replaceAll("(\\d)\\s*([NSEW])", "$1°$2");
            java.util.Optional<LatLon> at;
            try {
                at = whereabouts.geo.CoordinateParser.parse(normalised);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (at.isEmpty()) {
                continue;
            }
            whereabouts.gazetteer.Place nearest = gazetteer.reverse(at.get(), COORDINATE_NEAR_KM)
                    .map(whereabouts.gazetteer.ReverseResult::place).orElse(null);
            whereabouts.gazetteer.Place point = new whereabouts.gazetteer.Place(0, written, at.get(), "COORD",
                    nearest == null ? "" : nearest.countryCode(), "", 0, nearest == null ? "" : nearest.timezone(),
                    List.of(), "text");
            out.add(new Lookup(base + m.start(), base + m.end(), written,
                    List.of(new Candidate(point, 0, written, MatchType.EXACT, false, 0)), null, Cue.PLACE, true, null));
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
