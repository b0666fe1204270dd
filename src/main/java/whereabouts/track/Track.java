package whereabouts.track;

import java.time.Instant;

/**
 * A tracked subject.
 *
 * @param id          track id
 * @param name        display name
 * @param description free text, or null
 * @param mode        how the subject travels
 * @param maxSpeedKmh the fastest plausible speed, km/h; legs needing more are flagged implausible
 * @param createdAt   when the track was created
 */
public record Track(long id, String name, String description, TravelMode mode, double maxSpeedKmh,
                    Instant createdAt) {
    /** Default maximum speed for rail tracks, km/h. */
    public static final double DEFAULT_RAIL_MAX_SPEED_KMH = 80;
}
