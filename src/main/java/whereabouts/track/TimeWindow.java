package whereabouts.track;

import java.time.Duration;
import java.time.Instant;

/**
 * The closed interval of instants a report may refer to: {@code [observedAt − u, observedAt + u]} for a time
 * uncertainty of ± u. A report with no uncertainty has a window of one instant.
 *
 * @param start first instant, inclusive
 * @param end   last instant, inclusive, not before {@code start}
 */
public record TimeWindow(Instant start, Instant end) {
    public TimeWindow {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public static TimeWindow of(Sighting s) {
        Duration u = Duration.ofMinutes(s.timeUncertaintyOrZeroMinutes());
        return new TimeWindow(s.instant().minus(u), s.instant().plus(u));
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }

    /** True when the two closed windows share at least one instant (touching ends count). */
    public boolean overlaps(TimeWindow other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }
}
