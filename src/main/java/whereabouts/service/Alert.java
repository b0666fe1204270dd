package whereabouts.service;

import java.time.Instant;

/**
 * Something a user watching tracks should know now (issue 21).
 *
 * @param user         who is told (a signed-in user's name)
 * @param kind         {@code implausible} (the new sighting's leg needs an impossible speed, or contradicts a report
 *                     at the same time) or {@code meeting} (two watched subjects could now have met)
 * @param trackId      the track the new sighting is on
 * @param otherTrackId for {@code meeting}, the other watched track; otherwise null
 * @param sightingId   the new (or edited) sighting
 * @param from         for {@code meeting}, the start of the possible window; otherwise null
 * @param to           for {@code meeting}, its end; otherwise null
 * @param message      a human sentence (shown as text)
 */
public record Alert(String user, String kind, long trackId, Long otherTrackId, long sightingId, Instant from,
                    Instant to, String message) {
}
