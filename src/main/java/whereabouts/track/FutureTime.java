package whereabouts.track;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import whereabouts.error.FieldProblem;

/**
 * A sighting cannot have been seen later than now (plus {@link SightingValidator#CLOCK_SKEW} for clocks a little
 * off). An expected destination is an announcement and may lie in the future.
 */
public final class FutureTime {
    private FutureTime() {
    }

    /** The problem with {@code draft}'s time, if it is a sighting later than now + skew. */
    public static Optional<FieldProblem> check(SightingDraft draft, Clock clock) {
        if (draft.kind() != SightingKind.SIGHTING || draft.observedAt() == null) {
            return Optional.empty();
        }
        Instant latest = clock.instant().plus(SightingValidator.CLOCK_SKEW);
        if (!draft.observedAt().toInstant().isAfter(latest)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("observedAt", "future_time", "observedAt " + draft.observedAt()
                + " is later than now (" + clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                + "): a sighting must already have happened. An announced arrival is kind=expected."));
    }
}
