package whereabouts.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import whereabouts.error.AccessException;
import whereabouts.error.UnavailableException;

/**
 * Issue #26, finding 1: "nothing limits how many run". Heavy requests get slots: per principal (429) and per server
 * with a bounded queue (503). Main had no such limit at all.
 */
class SlotLimiterTest {
    @Test
    void aPrincipalPastItsSlotsIsRateLimitedAndOthersAreNot() throws Exception {
        SlotLimiter limiter = new SlotLimiter(2, 10, 0, Duration.ofSeconds(1));
        SlotLimiter.Slot a = limiter.acquire("user:ann");
        SlotLimiter.Slot b = limiter.acquire("user:ann");
        assertThatThrownBy(() -> limiter.acquire("user:ann")).isInstanceOf(AccessException.class)
                .satisfies(e -> assertThat(((AccessException) e).retryAfterSeconds()).isPositive())
                .hasMessageContaining("2 heavy requests");
        limiter.acquire("user:bob").close();
        a.close();
        a.close(); // closing twice frees one slot only
        assertThat(limiter.inUse("user:ann")).isEqualTo(1);
        limiter.acquire("user:ann").close();
        b.close();
        assertThat(limiter.inUse("user:ann")).isZero();
    }

    @Test
    void aFullServerWithAFullQueueAnswersBusy() throws Exception {
        SlotLimiter limiter = new SlotLimiter(5, 1, 0, Duration.ofSeconds(10));
        try (SlotLimiter.Slot running = limiter.acquire("ip:a")) {
            assertThatThrownBy(() -> limiter.acquire("ip:b")).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("busy");
            assertThat(limiter.inUse("ip:b")).as("a refused request holds nothing").isZero();
        }
        limiter.acquire("ip:b").close();
    }

    @Test
    void aQueuedRequestRunsWhenASlotFrees() throws Exception {
        SlotLimiter limiter = new SlotLimiter(5, 1, 1, Duration.ofMinutes(5));
        SlotLimiter.Slot running = limiter.acquire("ip:a");
        CountDownLatch queued = new CountDownLatch(1);
        CompletableFuture<SlotLimiter.Slot> waiter = CompletableFuture.supplyAsync(() -> {
            queued.countDown();
            try {
                return limiter.acquire("ip:b");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        queued.await();
        while (limiter.waiting() == 0) {
            Thread.onSpinWait(); // until the waiter is queued
        }
        running.close();
        waiter.get().close();
        assertThat(limiter.inUse("ip:b")).isZero();
    }

    @Test
    void aQueueOfOneRefusesTheSecondWaiter() throws Exception {
        SlotLimiter limiter = new SlotLimiter(5, 1, 1, Duration.ofMinutes(5));
        SlotLimiter.Slot running = limiter.acquire("ip:a");
        CompletableFuture<SlotLimiter.Slot> first = CompletableFuture.supplyAsync(() -> {
            try {
                return limiter.acquire("ip:b");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (limiter.waiting() == 0) {
            Thread.onSpinWait(); // until the first waiter is queued
        }
        assertThatThrownBy(() -> limiter.acquire("ip:c")).isInstanceOf(UnavailableException.class);
        running.close();
        first.get().close();
    }

    @Test
    void aDeadlineStopsWorkOnceSpentOrCancelled() {
        Deadline none = Deadline.none();
        none.check();
        Deadline spent = Deadline.after(Duration.ofNanos(1), "reading the text");
        while (!spent.expired()) {
            Thread.onSpinWait();
        }
        assertThatThrownBy(spent::check).isInstanceOf(UnavailableException.class).hasMessageContaining("time budget");
        Deadline cancelled = Deadline.after(Duration.ofHours(1), "reading the file");
        cancelled.check();
        cancelled.cancel();
        assertThatThrownBy(cancelled::check).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("given up before reading the file");
    }
}
