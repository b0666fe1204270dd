package whereabouts.track.meeting;

import java.time.Instant;
import java.util.List;
import whereabouts.geo.LatLon;

/**
 * A time window in which two subjects could have been within {@code withinKm} of each other, and where.
 *
 * @param from       first instant of the window
 * @param to         last instant of the window
 * @param closestKm  the smallest distance between the two feasible route pieces found in the window (evaluated
 *                   at the window's ends, the prisms' kinks inside it and its middle), km
 * @param closestAt  the instant of that smallest distance
 * @param closestA   where on its route subject A would be, at {@code closestAt}, to be that close
 * @param closestB   where subject B would be
 * @param stretchA   the part of A's route where A can be at {@code closestAt} (its feasible piece)
 * @param stretchB   the part of B's route where B can be at {@code closestAt}
 */
public record MeetingWindow(Instant from, Instant to, double closestKm, Instant closestAt, LatLon closestA,
                            LatLon closestB, List<LatLon> stretchA, List<LatLon> stretchB) {
    public MeetingWindow {
        stretchA = List.copyOf(stretchA);
        stretchB = List.copyOf(stretchB);
    }
}
