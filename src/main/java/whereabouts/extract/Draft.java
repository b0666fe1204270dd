package whereabouts.extract;

import java.time.OffsetDateTime;
import java.util.List;
import whereabouts.track.Confidence;
import whereabouts.track.SightingKind;

/**
 * A sighting read from a text, as the sighting form would send it, with the evidence it was read from. Nothing is
 * stored: a person accepts (and edits) it or rejects it.
 *
 * @param observedAt             middle of the time window, in the zone the text names or the place's own
 * @param timeUncertaintyMinutes half the window's width
 * @param place                  the name as the text writes it (for an inflected Cyrillic word, the gazetteer name that matched: "Хабаровск" for "в Хабаровске")
 * @param lat                    the gazetteer's latitude for it (or the point offset from it), degrees
 * @param lon                    longitude, degrees
 * @param locationUncertaintyKm  0, or the distance of an "X km north of Y" offset
 * @param geonameId              the gazetteer entry the name was resolved to; 0 for coordinates written in the text
 * @param source                 who the text credits: "TBS, citing Russian regional officials"; merged drafts join
 *                               theirs with "; "
 * @param confidence             confirmed, reported or unverified, by the rules of {@link ConfidenceRules}
 * @param kind                   sighting, or expected for a future or possible destination
 * @param notes                  how the time and confidence were read, for the person who checks the draft
 * @param evidence               one entry per sentence the draft was read from (more than one after merging)
 */
public record Draft(OffsetDateTime observedAt, int timeUncertaintyMinutes, String place, double lat, double lon,
                    double locationUncertaintyKm, long geonameId, String source, Confidence confidence,
                    SightingKind kind, String notes, List<Evidence> evidence) {
    public Draft {
        evidence = List.copyOf(evidence);
    }
}
