package whereabouts.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import whereabouts.extract.PlaceFinder.PlaceMention;
import whereabouts.extract.SourceFinder.Credit;
import whereabouts.extract.TimeExpressionParser.TimeMention;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;

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
 * expected draft with none runs {@value DraftWindows#EXPECTED_DEFAULT_HOURS} hours from publication. A place whose clause names
 * another year ("in Vladivostok in 2019") is history, not a draft. Immutable and thread-safe.
 */
public final class TextExtractor {
    /** Longest text accepted, characters. */
    public static final int MAX_TEXT_CHARS = 100_000;
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

    /** A correction's retracted claim: "An earlier version of this story said the train had reached Ussuriysk." */
    private static final Pattern RETRACTED = Pattern.compile("(?i)\\b(earlier version|incorrectly|erroneously|wrongly|"
            + "mistakenly)\\b");

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
        return extract(text, publishedAt, near, null, whereabouts.util.Deadline.none());
    }

    /** {@link #extract(String, OffsetDateTime, LatLon, String, whereabouts.util.Deadline)} without a deadline. */
    public List<Draft> extract(String text, OffsetDateTime publishedAt, LatLon near, String publication) {
        return extract(text, publishedAt, near, publication, whereabouts.util.Deadline.none());
    }

    /**
     * {@link #extract(String, OffsetDateTime, LatLon)} crediting {@code publication} (who published the text; or the
     * agency of the text's dateline when null) with a report that credits no one, as {@code reported}, and stopping
     * when {@code deadline} (checked per sentence) is spent.
     */
    public List<Draft> extract(String text, OffsetDateTime publishedAt, LatLon near, String publication,
                               whereabouts.util.Deadline deadline) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedAt, "publishedAt");
        StoryContext ctx = new StoryContext(text, near, places.gazetteer());
        List<Sentences.Sentence> sentences = Sentences.split(text);
        List<List<PlaceMention>> storyPlaces = StoryPlaces.resolve(text, sentences, ctx, places);
        Credit publisher = publisher(publication != null && !publication.isBlank() ? publication.strip()
                : ctx.dateline.agency());
        List<Reading> readings = new ArrayList<>();
        List<Credit> lastCredits = List.of();
        int lastParagraph = -1;
        Sentences.Sentence lastSentence = null;
        PlaceMention lastPlace = null;
        int lastPlaceParagraph = -1;
        for (int k = 0; k < sentences.size(); k++) {
            deadline.check();
            Sentences.Sentence s = sentences.get(k);
            String sentence = s.text(text);
            List<Credit> credits = sources.find(sentence, s.start());
            List<PlaceMention> found = atMost(withoutSources(storyPlaces.get(k), credits), MAX_PLACES_PER_SENTENCE);
            boolean moves = MovementWords.reportsMovement(sentence) || MovementWords.namesVehicle(sentence);
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
            if (!moves || RETRACTED.matcher(sentence).find()) {
                found = List.of(); // no one moving ("officials in Tokyo said …"), or a correction's retracted claim
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
            boolean unattributed = false;
            if (credits.isEmpty() && publisher != null) {
                credits = List.of(publisher);
                unattributed = true;
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
                if (!DraftWindows.historical(sentence, clauses, p.start() - s.start(), p.end() - s.start(), publishedAt)) {
                    Reading r = SentenceReader.read(text, s, sentence, clauses, p, credits, inherited, sentenceTimes, publishedAt);
                    if (unattributed) {
                        r.confidence = r.confidence == Confidence.UNVERIFIED ? r.confidence : Confidence.REPORTED;
                        r.notes.add("No attribution in the text: credited to the publication, as reported.");
                    }
                    readings.add(r);
                }
            }
        }
        DraftWindows.boundByPublication(readings, publishedAt);
        DraftWindows.clipToPublication(readings, publishedAt);
        return DraftMerger.merge(readings).stream().map(r -> r.toDraft(text)).toList();
    }

    private static <T> List<T> atMost(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }

    /** The publication as a credit (no span in the text), or null. */
    private Credit publisher(String publication) {
        if (publication == null) {
            return null;
        }
        SourceList.Resolved r = sources.resolveName(publication);
        return new Credit(-1, -1, r, false, false);
    }

    /** Places that lie inside a credit ("officials in Tokyo and Seoul said") belong to the source, not the subject. */
    private static List<PlaceMention> withoutSources(List<PlaceMention> found, List<Credit> credits) {
        if (credits.isEmpty()) {
            return found;
        }
        return found.stream().filter(p -> credits.stream().noneMatch(c -> p.start() >= c.start() && p.end() <= c.end()))
                .toList();
    }
}
