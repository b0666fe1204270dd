package whereabouts.track;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something a save would store that is probably wrong, though not invalid: said before the save (dry run) and with
 * it, never refused.
 *
 * @param code       {@code implausible_speed}, {@code duplicate}, {@code place_coordinates_mismatch} or
 *                   {@code conflict}
 * @param field      the input field to show it beside
 * @param message    a sentence for a person
 * @param sightingId the other sighting concerned (the duplicate, the neighbour), or null
 * @param distanceKm for {@code place_coordinates_mismatch}: how far the place is from the coordinates, km; else null
 * @param speedKmh   for {@code implausible_speed}: the speed the leg would need, km/h; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SightingWarning(String code, String field, String message, Long sightingId, Double distanceKm,
                              Double speedKmh) {
}
