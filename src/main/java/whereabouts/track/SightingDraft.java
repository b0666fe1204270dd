package whereabouts.track;

import java.time.OffsetDateTime;

/**
 * A validated sighting as the user gave it, before the place is resolved. Lat/lon are null when only a place
 * name was given.
 *
 * @param observedAt             when, with the offset the user wrote
 * @param timeUncertaintyMinutes ± minutes around {@code observedAt}, 0–10,080, or null when not given
 * @param place                  place name as typed, or null
 * @param lat                    latitude in degrees as typed, or null
 * @param lon                    longitude in degrees as typed, or null
 * @param locationUncertaintyKm  radius of the location's uncertainty, kilometres, 0–1,000, or null when not given
 * @param source                 who reported it, required
 * @param sourceUrl              http(s) link to the report, or null
 * @param confidence             how far to trust it
 * @param kind                   observation or announced destination
 * @param notes                  free text, or null
 * @param arrivedBy              how the subject reached this place (rail, road, sea, air), or null for the
 *                               track's mode
 * @param observedLocal          the wall-clock time when it was typed without an offset (then {@code observedAt} is
 *                               null until the place's time zone is known: {@link #atZone}), else null
 */
public record SightingDraft(
        OffsetDateTime observedAt,
        Integer timeUncertaintyMinutes,
        String place,
        Double lat,
        Double lon,
        Double locationUncertaintyKm,
        String source,
        String sourceUrl,
        Confidence confidence,
        SightingKind kind,
        String notes,
        TravelMode arrivedBy,
        java.time.LocalDateTime observedLocal) {

    /** A draft reached in the track's own mode, its time typed with an offset. */
    public SightingDraft(OffsetDateTime observedAt, Integer timeUncertaintyMinutes, String place, Double lat, Double lon,
                         Double locationUncertaintyKm, String source, String sourceUrl, Confidence confidence,
                         SightingKind kind, String notes) {
        this(observedAt, timeUncertaintyMinutes, place, lat, lon, locationUncertaintyKm, source, sourceUrl,
                confidence, kind, notes, null, null);
    }

    /** This draft with a time typed without offset read as wall-clock time in {@code zone}. */
    public SightingDraft atZone(java.time.ZoneId zone) {
        if (observedLocal == null) {
            return this;
        }
        return new SightingDraft(observedLocal.atZone(zone).toOffsetDateTime(), timeUncertaintyMinutes, place, lat,
                lon, locationUncertaintyKm, source, sourceUrl, confidence, kind, notes, arrivedBy, null);
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
