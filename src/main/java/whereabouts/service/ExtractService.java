package whereabouts.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import whereabouts.error.InvalidInputException;
import whereabouts.extract.Draft;
import whereabouts.extract.Evidence;
import whereabouts.extract.TextExtractor;
import whereabouts.geo.LatLon;
import whereabouts.track.DateTimeField;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;

/**
 * Draft sightings from a pasted text ({@code POST /api/extract}). Validates the fields, takes the track's most recent
 * observed sighting as the focus for ranking same-name places, and calls the {@link TextExtractor}. Stores nothing.
 */
public final class ExtractService {
    private final TextExtractor extractor;
    private final TrackService tracks;

    public ExtractService(TextExtractor extractor, TrackService tracks) {
        this.extractor = extractor;
        this.tracks = tracks;
    }

    /**
     * The answer: the drafts, in text order, and {@code readText}: the text that was read when the pasted one was
     * HTML and was reduced to its text (evidence indices then refer to it), else null.
     */
    public record Result(List<DraftView> drafts, String readText) {
    }

    /** A draft as the sighting form takes it, plus the gazetteer id, notes and evidence. */
    public record DraftView(String observedAt, int timeUncertaintyMinutes, String place, double lat, double lon,
                            double locationUncertaintyKm, long geonameId, String source, String confidence, String kind,
                            String notes, List<Evidence> evidence) {
        static DraftView of(Draft d) {
            return new DraftView(d.observedAt().toString(), d.timeUncertaintyMinutes(), d.place(), d.lat(), d.lon(),
                    d.locationUncertaintyKm(), d.geonameId(), d.source(), d.confidence().wire(), d.kind().wire(),
                    d.notes(), d.evidence());
        }
    }

    /**
     * @param fields {@code text} (1–{@value TextExtractor#MAX_TEXT_CHARS} characters), {@code publishedAt} (ISO-8601
     *               with offset), optional {@code trackId}
     */
    public Result extract(Map<String, String> fields) {
        return extract(fields, whereabouts.util.Deadline.none());
    }

    /** @param deadline the request's time budget, checked per sentence */
    public Result extract(Map<String, String> fields, whereabouts.util.Deadline deadline) {
        String pasted = fields.get("text");
        String text = pasted == null ? null : whereabouts.extract.HtmlText.of(pasted);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "text must not be empty: paste the report to read sightings from.");
        }
        if (text.length() > TextExtractor.MAX_TEXT_CHARS) {
            throw new InvalidInputException("text", "text must be at most " + TextExtractor.MAX_TEXT_CHARS
                    + " characters, got " + text.length() + ".");
        }
        String published = fields.get("publishedAt");
        if (published == null || published.isBlank()) {
            throw new InvalidInputException("publishedAt", "publishedAt is required (when the text was published, "
                    + DateTimeField.EXAMPLE + "): times such as \"Sunday\" are read relative to it.");
        }
        OffsetDateTime publishedAt = DateTimeField.parse("publishedAt", published);
        LatLon near = near(fields.get("trackId"));
        String publication = fields.get("publication");
        if (publication != null && publication.length() > 200) {
            throw new InvalidInputException("publication", "publication must be at most 200 characters.");
        }
        return new Result(extractor.extract(text, publishedAt, near, publication, deadline).stream()
                .map(DraftView::of).toList(), text.equals(pasted) ? null : text);
    }

    /** The position of the track's latest observed (not expected) sighting, or null. */
    private LatLon near(String trackId) {
        if (trackId == null || trackId.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(trackId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("trackId", "trackId must be a whole number, got '" + trackId + "'.");
        }
        return tracks.sightings(id).stream().filter(s -> s.kind() == SightingKind.SIGHTING)
                .max(Comparator.comparing(Sighting::instant)).map(Sighting::position).orElse(null);
    }
}
