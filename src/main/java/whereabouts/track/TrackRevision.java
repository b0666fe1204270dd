package whereabouts.track;

import java.time.Instant;

/**
 * One entry of a track's history.
 *
 * @param revision   1, 2, …
 * @param action     {@code created}, {@code updated} or {@code deleted}
 * @param recordedAt when it was written
 * @param track      the track's fields after this action (for {@code deleted}: as they were when deleted)
 * @param author     the user or token name that made it; null when sign-in was off
 */
public record TrackRevision(int revision, String action, Instant recordedAt, Track track, String author) {
}
