package whereabouts.service;

import java.time.Instant;
import whereabouts.track.Sighting;

/**
 * The flat, public shape of a sighting: the API's JSON and the GeoJSON export's properties. Field names are
 * the API's input names where there is one.
 *
 * @param observedAtUtc          observedAt converted to UTC
 * @param timezone               IANA zone of the resolved place (for local time display), or null
 * @param locationDescription    "12 km NE of Khasan" style description, or null
 * @param timeUncertaintyMinutes ± minutes, or null when the report gave none ("not given", never 0)
 * @param locationUncertaintyKm  ± km, or null when the report gave none
 * @param arrivedBy              how the subject reached this sighting (rail, road, sea, air), or null: the track's mode
 */
public record SightingView(
        long id,
        long trackId,
        int revision,
        String observedAt,
        Instant observedAtUtc,
        Integer timeUncertaintyMinutes,
        String place,
        double lat,
        double lon,
        Long resolvedGeonameId,
        String resolvedName,
        String resolvedCountry,
        String timezone,
        String locationDescription,
        Double locationUncertaintyKm,
        String source,
        String sourceUrl,
        String confidence,
        String kind,
        String notes,
        Instant recordedAt,
        String arrivedBy) {

    public static SightingView of(Sighting s) {
        var r = s.resolved();
        return new SightingView(s.id(), s.trackId(), s.revision(), s.observedAt().toString(), s.instant(),
                s.timeUncertaintyMinutes(), s.place(), s.position().lat(), s.position().lon(),
                r == null ? null : r.geonameId(), r == null ? null : r.name(), r == null ? null : r.country(),
                r == null ? null : r.timezone(), s.locationDescription(), s.locationUncertaintyKm(), s.source(),
                s.sourceUrl(), s.confidence().wire(), s.kind().wire(), s.notes(), s.recordedAt(),
                s.arrivedBy() == null ? null : s.arrivedBy().wire());
    }
}
