package whereabouts.service.export;

import java.time.Instant;
import whereabouts.geo.LatLon;

/** A point of the reconstructed path with the instant the subject is estimated to pass it. */
public record TimedPoint(LatLon position, Instant at) {
}
