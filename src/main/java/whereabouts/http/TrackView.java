package whereabouts.http;

import java.time.Instant;
import whereabouts.track.Track;

/** JSON shape of a track. {@code maxSpeedKmh} in km/h. */
record TrackView(long id, String name, String description, String mode, double maxSpeedKmh, Instant createdAt) {
    static TrackView of(Track t) {
        return new TrackView(t.id(), t.name(), t.description(), t.mode().wire(), t.maxSpeedKmh(), t.createdAt());
    }
}
