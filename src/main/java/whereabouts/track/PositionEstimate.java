package whereabouts.track;

import java.time.Instant;
import java.util.List;
import whereabouts.geo.LatLon;

/**
 * Where the subject is estimated to be at an instant.
 *
 * @param at            the instant asked about (UTC)
 * @param status        how the estimate was made
 * @param position      the estimated position; null for {@code before-first} and {@code no-sightings}
 * @param legIndex      for {@code in-transit} the leg's index, for {@code projected} the projection's index;
 *                      otherwise null
 * @param fraction      how far along that leg or projection, [0, 1] by the route's measure (km posts on rail,
 *                      geodesic length otherwise); otherwise null
 * @param uncertaintyKm radius within which the subject is believed to be, kilometres (see
 *                      {@link UncertaintyModel}); null when there is no position
 * @param description   the position in words ("40 km SW of Ussuriysk"), or null when no describer knows it
 * @param sightingId    the report the estimate rests on: for {@code at-sighting} that sighting, for
 *                      {@code after-last} the last sighting, for {@code projected} the expected destination
 *                      it heads for; otherwise null
 * @param stretch       where on the railway the subject can be: the part of the leg's or projection's rail line
 *                      within {@code uncertaintyKm} of the position along the line, clipped to the line; null
 *                      when the subject is not moving along a rail route (at a sighting, before the first,
 *                      after the last without a destination, or on a leg or projection off the network)
 */
public record PositionEstimate(Instant at, PositionStatus status, LatLon position, Integer legIndex,
                               Double fraction, Double uncertaintyKm, String description, Long sightingId,
                               List<LatLon> stretch) {
    public PositionEstimate {
        stretch = stretch == null ? null : List.copyOf(stretch);
    }
}
