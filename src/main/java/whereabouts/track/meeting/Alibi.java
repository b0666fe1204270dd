package whereabouts.track.meeting;

import java.time.Instant;
import java.util.List;
import whereabouts.track.TimeWindow;

/**
 * The answer of the alibi query for two tracks.
 *
 * @param trackA   the first track's id
 * @param trackB   the second track's id
 * @param withinKm the distance asked about, km
 * @param spanFrom start of the time both tracks cover (from the later first report), or null when they share
 *                 no time
 * @param spanTo   end of that time (the earlier last report), or null
 * @param possible windows in which the two could have been within {@code withinKm}, in time order
 * @param apart    windows in which they certainly were not (the rest of the span), in time order
 */
public record Alibi(long trackA, long trackB, double withinKm, Instant spanFrom, Instant spanTo,
                    List<MeetingWindow> possible, List<TimeWindow> apart) {
    public Alibi {
        possible = List.copyOf(possible);
        apart = List.copyOf(apart);
    }

    /** Whether the two could have been within {@code withinKm} at any time of the span. */
    public boolean couldHaveMet() {
        return !possible.isEmpty();
    }
}
