package whereabouts.track;

import java.time.Instant;

/**
 * One entry of a sighting's history.
 *
 * @param revision   1, 2, …
 * @param action     {@code created}, {@code updated} or {@code deleted}
 * @param recordedAt when it was written
 * @param sighting   the sighting's full state after this action
 * @param author     the user or token name that made it; null when sign-in was off
 */
public record SightingRevision(int revision, String action, Instant recordedAt, Sighting sighting, String author) {
}
