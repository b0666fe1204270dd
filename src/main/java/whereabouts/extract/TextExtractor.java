package whereabouts.extract;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.extract.PlaceFinder.PlaceMention;
import whereabouts.extract.SourceFinder.Credit;
import whereabouts.extract.TimeExpressionParser.ResolvedTime;
import whereabouts.extract.TimeExpressionParser.TimeMention;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.Place;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.SightingKind;

/**
 * Reads draft sightings from a news text, offline: places by the gazetteer ({@link PlaceFinder}), times relative to
 * the publication ({@link TimeExpressionParser}), sources from credits ({@link SourceFinder}, {@link SourceList}),
 * kind and confidence by the words of the clause ({@link ConfidenceRules}); drafts of one place whose windows
 * overlap merge ({@link DraftMerger}).
 *
 * <p>Per sentence: each place found gets the sentence's source (or, when the sentence credits no one, the previous
 * sentence's in the same paragraph; with no source at all there is no draft). Its time is a time expression of its own
 * clause, else the nearest one of the sentence that is not the time of a report ("confirmed early on Tuesday that
 * …"). A future or possible clause ("will", "is expected to", "a possible venue") makes the draft {@code expected},
 * and its time is the sentence's latest time not before publication. A sighting with no time of its own is bounded by
 * publication: from the start of the latest earlier window the text gives for the journey to {@code publishedAt}; an
 * expected draft with none runs {@value #EXPECTED_DEFAULT_HOURS} hours from publication. A place whose clause names
 * another year ("in Vladivostok in 2019") is history, not a draft. Immutable and thread-safe.
 */
public final class TextExtractor {
    /** Longest text accepted, characters. */
    public static final int MAX_TEXT_CHARS = 100_000;
    /** Window of a time-less sighting when the text gives no earlier time at all, hours before publication. */
    static final int UNBOUNDED_LOOKBACK_HOURS = 72;
    /** Window of a time-less expected destination, hours after publication. */
    static final int EXPECTED_DEFAULT_HOURS = 72;
    /** Longest source and notes a sighting may carry, characters (the API's limits). */
    static final int MAX_SOURCE_CHARS = 200;
    static final int MAX_NOTES_CHARS = 2000;
    /** Largest time uncertainty a sighting may carry, minutes (the API's limit). */
    static final int MAX_UNCERTAINTY_MINUTES = 10_080;
    /**
     * Most places and most time expressions read per sentence (in text order; the rest of such a sentence gives no
     * drafts): no wire sentence comes near, and it keeps one long comma-joined "sentence" linear in its length.
     */
    static final int MAX_PLACES_PER_SENTENCE = 100;
    static final int MAX_TIMES_PER_SENTENCE = 100;

    static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|shall|'ll|expected|expects|set to|scheduled|"
            + "plans? to|planned|planning|due to|to be held|could|may|might|possible|possibly|likely|potential|upcoming|"
            + "next)\\b");
    private static final Pattern FORWARD_WORD = Pattern.compile("(?i)\\b(through|until|till|next|by|coming|from)\\s+$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(said|says|confirmed|confirms|reported|reports|"
            + "announced|announces|stated|statement|told|according)\\b");

    private final PlaceFinder places;
    private final SourceFinder sources;
    private final TimeExpressionParser times = new TimeExpressionParser();

    public TextExtractor(Gazetteer gazetteer, SourceList sourceList) {
        this.places = new PlaceFinder(Objects.requireNonNull(gazetteer, "gazetteer"));
        this.sources = new SourceFinder(Objects.requireNonNull(sourceList, "sourceList"));
    }

    /**
     * The drafts of {@code text}, in text order.
     *
     * @param publishedAt when the text was published, with its offset: the reference of relative times
     * @param near        focus for ranking same-name places (the track's recent sightings), or null
     */
    public List<Draft> extract(String text, OffsetDateTime publishedAt, LatLon near) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedAt, "publishedAt");
        List<Reading> readings = new ArrayList<>();
        List<Credit> lastCredits = List.of();
        int lastParagraph = -1;
        Sentences.Sentence lastSentence = null;
        PlaceMention lastPlace = null;
        int lastPlaceParagraph = -1;
        for (Sentences.Sentence s : Sentences.split(text)) {
            String sentence = s.text(text);
            List<Credit> credits = sources.find(sentence, s.start());
            List<PlaceMention> found = atMost(places.find(sentence, s.start(), near), MAX_PLACES_PER_SENTENCE);
            List<TimeMention> mentions = null; // read once, when a sentence may give a draft
            if (found.isEmpty() && s.paragraph() == lastPlaceParagraph) {
                mentions = atMost(times.find(sentence, s.start()), MAX_TIMES_PER_SENTENCE);
                PlaceMention there = mentions.isEmpty() ? null : places.there(sentence, s.start(), lastPlace);
                found = there == null ? found : List.of(there); // "it stayed there until …"
            }
            if (!found.isEmpty()) {
                lastPlace = found.get(found.size() - 1);
                lastPlaceParagraph = s.paragraph();
            }
            if (credits.isEmpty() && !found.isEmpty()) {
                credits = sources.named(sentence, s.start());
            }
            boolean inherited = false;
            if (credits.isEmpty() && s.paragraph() == lastParagraph && !found.isEmpty()) {
                if (lastCredits.isEmpty() && lastSentence != null) {
                    // the previous sentence only named a source ("Yonhap covered the trip."): looked up when needed
                    lastCredits = sources.named(lastSentence.text(text), lastSentence.start());
                }
                credits = lastCredits;
                inherited = !credits.isEmpty();
            }
            if (!inherited) {
                lastCredits = credits;
                lastParagraph = s.paragraph();
                lastSentence = s;
            }
            if (found.isEmpty() || credits.isEmpty()) {
                continue;
            }
            if (mentions == null) {
                mentions = atMost(times.find(sentence, s.start()), MAX_TIMES_PER_SENTENCE);
            }
            Clauses clauses = Clauses.of(sentence); // boundaries found once per sentence, not per place and time
            SentenceTimes sentenceTimes = new SentenceTimes(times, sentence, s.start(), clauses, mentions, publishedAt);
            for (PlaceMention p : found) {
                if (!historical(sentence, clauses, p.start() - s.start(), p.end() - s.start(), publishedAt)) {
                    readings.add(read(text, s, sentence, clauses, p, credits, inherited, sentenceTimes, publishedAt));
                }
            }
        }
        boundByPublication(readings, publishedAt);
        return DraftMerger.merge(readings).stream().map(r -> r.toDraft(text)).toList();
    }

    private static <T> List<T> atMost(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }

    private Reading read(String text, Sentences.Sentence s, String sentence, Clauses clauses, PlaceMention p,
                         List<Credit> credits, boolean inherited, SentenceTimes mentions, OffsetDateTime publishedAt) {
        int[] clause = clauses.around(p.start() - s.start(), p.end() - s.start());
        String clauseText = sentence.substring(clause[0], clause[1]);
        boolean expected = FUTURE.matcher(clauseText).find();
        Place place = p.candidate().place();
        ZoneId zone = zoneOf(place);
        TimeChoice time = chooseTime(sentence, s.start(), p, clause, expected, mentions, publishedAt, zone);
        TimeMention chosen = time == null ? null : time.mention();
        ResolvedTime window = time == null ? null : time.window();
        Credit origin = credits.stream().filter(c -> !c.cited()).findFirst().orElse(credits.get(0));
        boolean hedged = ConfidenceRules.hedged(clauseText) || ConfidenceRules.hedged(
                sentence.substring(clauses.afterLastSeparatorBefore(clause[0]), clause[0]));
        boolean confirms = credits.stream().anyMatch(Credit::confirms);
        Confidence confidence = ConfidenceRules.of(origin.source(), confirms, place.countryCode(), hedged);
        List<String> notes = new ArrayList<>();
        if (window != null) {
            notes.add("Time " + window.explanation() + ".");
        }
        if (credits.stream().anyMatch(c -> c.source().unnamed())) {
            notes.add("Unnamed sources: kept as reported, not confirmed.");
        }
        if (hedged) {
            notes.add("Hedged wording: unverified.");
        }
        if (inherited) {
            notes.add("Source taken from the previous sentence.");
        }
        if (text.startsWith("there", p.start()) && p.end() - p.start() == "there".length()) {
            notes.add("\"there\": " + p.name() + ", the place named before.");
        }
        if (p.offsetKm() > 0) {
            notes.add(String.format(Locale.ROOT, "%.0f km %s of %s.", p.offsetKm(), compass(p.bearingDegrees()), p.name()));
        }
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Span.PLACE, text, p.start(), p.end()));
        if (chosen != null) {
            spans.add(Span.of(Span.TIME, text, chosen.start(), chosen.end()));
        }
        for (Credit c : credits) {
            spans.add(Span.of(Span.SOURCE, text, c.start(), c.end()));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        Evidence evidence = new Evidence(sentence, s.start(), s.end(), spans);
        return new Reading(p, zone, window == null ? null : window.start(), window == null ? null : window.end(),
                sourceText(credits), confidence, expected ? SightingKind.EXPECTED : SightingKind.SIGHTING,
                notes, List.of(evidence));
    }

    private record TimeChoice(TimeMention mention, ResolvedTime window) {
    }

    /**
     * The time of a place: for an expected draft the sentence's latest window not before publication; else the
     * nearest one of the place's own clause, or the nearest in the sentence. Report times ("confirmed early on Tuesday that") never.
     */
    private static TimeChoice chooseTime(String sentence, int base, PlaceMention p, int[] clause, boolean expected,
                                         SentenceTimes mentions, OffsetDateTime publishedAt, ZoneId zone) {
        TimeChoice best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < mentions.size(); i++) {
            TimeMention m = mentions.get(i);
            int ms = m.start() - base;
            if (mentions.reportTime(i)) {
                continue;
            }
            ResolvedTime r = mentions.resolved(i, zone);
            if (expected) {
                if (!r.end().isBefore(publishedAt) && (best == null || r.start().isAfter(best.window().start()))) {
                    best = new TimeChoice(m, r);
                }
            } else {
                boolean sameClause = ms >= clause[0] && ms < clause[1];
                int distance = Math.min(Math.abs(ms - (p.start() - base)), Math.abs(ms - (p.end() - base)))
                        - (sameClause ? sentence.length() : 0); // the own clause first, then the nearest
                if (distance < bestDistance) {
                    best = new TimeChoice(m, r);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** "KCNA, via Yonhap", "TBS, citing Russian regional officials". */
    static String sourceText(List<Credit> credits) {
        List<String> primary = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (Credit c : credits) {
            List<String> to = c.cited() ? cited : primary;
            if (!to.contains(c.source().name())) {
                to.add(c.source().name());
            }
        }
        StringBuilder b = new StringBuilder();
        if (primary.isEmpty()) {
            return String.join(" and ", cited);
        }
        b.append(primary.get(0));
        if (primary.size() > 1) {
            b.append(", via ").append(String.join(" and ", primary.subList(1, primary.size())));
        }
        if (!cited.isEmpty()) {
            b.append(", citing ").append(String.join(" and ", cited));
        }
        return b.toString();
    }

    /** Sightings without a time of their own: from the latest earlier window's start to publication. */
    private static void boundByPublication(List<Reading> readings, OffsetDateTime publishedAt) {
        OffsetDateTime latest = null;
        String from = null;
        for (Reading r : readings) {
            if (r.start != null && r.kind == SightingKind.SIGHTING && r.start.isBefore(publishedAt)
                    && (latest == null || r.start.isAfter(latest))) {
                latest = r.start;
                from = r.mention.name();
            }
        }
        for (Reading r : readings) {
            if (r.start != null) {
                continue;
            }
            if (r.kind == SightingKind.EXPECTED) {
                r.start = publishedAt.atZoneSameInstant(r.zone).toOffsetDateTime();
                r.end = r.start.plusHours(EXPECTED_DEFAULT_HOURS);
                r.notes.add(0, "No time given for this expected destination: from publication " + publishedAt + " for "
                        + EXPECTED_DEFAULT_HOURS + " hours.");
                continue;
            }
            OffsetDateTime lower = latest != null ? latest : publishedAt.minusHours(UNBOUNDED_LOOKBACK_HOURS);
            r.start = lower.atZoneSameInstant(r.zone).toOffsetDateTime();
            r.end = publishedAt.atZoneSameInstant(r.zone).toOffsetDateTime();
            r.boundedByPublication = true;
            r.notes.add(0, "No time of its own: bounded by publication, from " + lower
                    + (latest != null ? " (the start of the latest earlier time the text gives, at " + from + ")"
                    : " (" + UNBOUNDED_LOOKBACK_HOURS + " hours before, as the text gives no earlier time)")
                    + " to publishedAt " + publishedAt + ".");
        }
    }

    /** "Kim met Putin in Vladivostok in 2019": a year other than the publication's in the clause is history. */
    private static boolean historical(String sentence, Clauses clauses, int from, int to, OffsetDateTime publishedAt) {
        int[] c = clauses.around(from, to);
        Matcher m = YEAR.matcher(sentence.substring(c[0], c[1]));
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != publishedAt.getYear()) {
                return true;
            }
        }
        return false;
    }

    static boolean reportTime(String sentence, Clauses clauses, int at) {
        int[] c = clauses.around(at, at);
        String before = sentence.substring(Math.max(c[0], at - 40), at);
        return REPORTING.matcher(before).find() && !REPORTING.matcher(sentence).region(at, sentence.length()).lookingAt()
                && before.matches("(?is).*\\b(said|says|confirmed|confirms|reported|reports|announced|stated|statement|told)"
                + "(\\s+\\w+){0,3}\\s*$");
    }

    static boolean futureAt(String sentence, Clauses clauses, int at) {
        int[] c = clauses.around(at, at);
        return FORWARD_WORD.matcher(sentence.substring(Math.max(0, at - 12), at)).find()
                || FUTURE.matcher(sentence.substring(c[0], c[1])).find();
    }

    private static ZoneId zoneOf(Place place) {
        try {
            return place.timezone().isEmpty() ? java.time.ZoneOffset.UTC : ZoneId.of(place.timezone());
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    private static String compass(double bearing) {
        return switch ((int) bearing) {
            case 0 -> "north";
            case 45 -> "north-east";
            case 90 -> "east";
            case 135 -> "south-east";
            case 180 -> "south";
            case 225 -> "south-west";
            case 270 -> "west";
            default -> "north-west";
        };
    }

    /** A draft in the making: mutable while times are bounded and drafts merged. */
    static final class Reading {
        final PlaceMention mention;
        final ZoneId zone;
        OffsetDateTime start;
        OffsetDateTime end;
        final List<String> sources = new ArrayList<>();
        Confidence confidence;
        final SightingKind kind;
        final List<String> notes;
        final List<Evidence> evidence;
        boolean boundedByPublication;

        Reading(PlaceMention mention, ZoneId zone, OffsetDateTime start, OffsetDateTime end, String source,
                Confidence confidence, SightingKind kind, List<String> notes, List<Evidence> evidence) {
            this.mention = mention;
            this.zone = zone;
            this.start = start;
            this.end = end;
            this.sources.add(source);
            this.confidence = confidence;
            this.kind = kind;
            this.notes = new ArrayList<>(notes);
            this.evidence = new ArrayList<>(evidence);
        }

        /** What makes two readings the same place: the gazetteer entry, or coordinates written in the text. */
        String placeKey() {
            Place p = mention.candidate().place();
            return p.geonameId() != 0 ? "g" + p.geonameId() : "c" + p.location();
        }

        Duration width() {
            return Duration.between(start, end);
        }

        Draft toDraft(String text) {
            OffsetDateTime mid = start.plus(width().dividedBy(2));
            int half = (int) Math.min(MAX_UNCERTAINTY_MINUTES, width().toMinutes() / 2);
            Place p = mention.candidate().place();
            LatLon at = mention.offsetKm() > 0
                    ? Geodesy.destination(p.location(), mention.bearingDegrees(), mention.offsetKm() * 1000) : p.location();
            return new Draft(mid, half, mention.name(), round(at.lat()), round(at.lon()), round(mention.offsetKm()),
                    p.geonameId(), cap(String.join("; ", sources), MAX_SOURCE_CHARS), confidence, kind,
                    cap(String.join(" ", new java.util.LinkedHashSet<>(notes)), MAX_NOTES_CHARS), evidence);
        }

        /** The form's limits hold for a draft saved as it is: long joins are cut with an ellipsis. */
        private static String cap(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
        }

        private static double round(double v) {
            return Math.round(v * 1e5) / 1e5;
        }
    }
}
