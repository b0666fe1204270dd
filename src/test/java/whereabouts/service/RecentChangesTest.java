package whereabouts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The ring of recent changes gives exactly the changes after a sequence, or nothing when it does not know. */
class RecentChangesTest {

    private static RecentChanges<Long> withChanges(int capacity, long from, long to) {
        RecentChanges<Long> ring = new RecentChanges<>(capacity, Long::longValue);
        LongStream.rangeClosed(from, to).forEach(ring::add);
        return ring;
    }

    @Test
    void givesTheChangesAfterASequenceInOrderAcrossTheWrapAround() {
        RecentChanges<Long> ring = withChanges(4, 1, 10); // holds 7..10
        assertThat(ring.after(6)).contains(List.of(7L, 8L, 9L, 10L));
        assertThat(ring.after(8)).contains(List.of(9L, 10L));
        assertThat(ring.after(10)).contains(List.of());
    }

    @Test
    void knowsNothingOlderThanItHoldsNorNewerThanTheLatest() {
        RecentChanges<Long> ring = withChanges(4, 1, 10);
        assertThat(ring.after(5)).isEmpty();
        assertThat(ring.after(11)).isEmpty();
        assertThat(ring.after(-1)).isEmpty();
    }

    @Test
    void aRingThatStartedLateKnowsOnlyWhatItSaw() {
        RecentChanges<Long> ring = withChanges(100, 51, 60); // the feed had 50 changes before the ring listened
        assertThat(ring.after(50)).contains(LongStream.rangeClosed(51, 60).boxed().toList());
        assertThat(ring.after(49)).isEmpty();
        assertThat(new RecentChanges<Long>(3, Long::longValue).after(0)).contains(List.of());
    }
}
