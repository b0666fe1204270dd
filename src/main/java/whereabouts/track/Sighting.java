package whereabouts.track;

import java.time.Instant;
import java.time.OffsetDateTime;
import whereabouts.geo.LatLon;

/**
 * A stored report (its current revision).
 *
 * @param id                     sighting id
 * @param trackId                the track it belongs to
 * @param revision               1 for the first version, +1 per edit, +1 for the delete
 * @param observedAt             when, with the offset the user wrote
 * @param timeUncertaintyMinutes ± minutes around observedAt, or null when not given (read as 0 by the checks)
 * @param place                  place name as typed, or null
 * @param position               where, as typed or as resolved from {@code place}
 * @param resolved               the gazetteer entry {@code place} resolved to, or null
 * @param locationDescription    human description of the position ("12 km NE of Khasan"), or null
 * @param locationUncertaintyKm  radius of location uncertainty, kilometres, or null when not given (read as 0)
 * @param source                 who reported it
 * @param sourceUrl              link to the report, or null
 * @param confidence             how far to trust it
 * @param kind                   observation or announced destination
 * @param notes                  free text, or null
 * @param recordedAt             when this revision was written
 * @param arrivedBy              how the subject reached this sighting (the mode of the leg ending here), or null
 *                               for the track's mode
 */
public record Sighting(
        long id,
        long trackId,
        int revision,
        OffsetDateTime observedAt,
        Integer timeUncertaintyMinutes,
        String place,
        LatLon position,
        ResolvedPlace resolved,
        String locationDescription,
        Double locationUncertaintyKm,
        String source,
        String sourceUrl,
        Confidence confidence,
        SightingKind kind,
        String notes,
        Instant recordedAt,
        TravelMode arrivedBy) {

    /** A sighting reached in the track's own mode ({@code arrivedBy} null). */
    public Sighting(long id, long trackId, int revision, OffsetDateTime observedAt, Integer timeUncertaintyMinutes,
                    String place, LatLon position, ResolvedPlace resolved, String locationDescription,
                    Double locationUncertaintyKm, String source, String sourceUrl, Confidence confidence,
                    SightingKind kind, String notes, Instant recordedAt) {
        this(id, trackId, revision, observedAt, timeUncertaintyMinutes, place, position, resolved,
                locationDescription, locationUncertaintyKm, source, sourceUrl, confidence, kind, notes, recordedAt,
                null);
    }

    /** The mode of the leg that ends at this sighting: {@code arrivedBy}, or {@code trackMode} when not given. */
    public TravelMode modeOr(TravelMode trackMode) {
        return arrivedBy == null ? trackMode : arrivedBy;
    }

    /** observedAt as an instant, for ordering and arithmetic. */
    public Instant instant() {
        return observedAt.toInstant();
    }

    /** ± minutes for arithmetic: 0 when not given. */
    public int timeUncertaintyOrZeroMinutes() {
        return timeUncertaintyMinutes == null ? 0 : timeUncertaintyMinutes;
    }

    /** Location uncertainty for arithmetic, kilometres: 0 when not given. */
    public double locationUncertaintyOrZeroKm() {
        return locationUncertaintyKm == null ? 0 : locationUncertaintyKm;
    }
}
