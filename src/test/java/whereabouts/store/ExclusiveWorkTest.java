package whereabouts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JdbcTrackStore#exclusively}: while one store (one server) runs work under a lock, another store on the same
 * database waits for it, here until the first lets go. Used so that servers started together load the demo once.
 */
class ExclusiveWorkTest {

    @Test
    void onPostgresTheSecondServerWaitsForTheFirst() throws Exception {
        String url = TestDatabases.freshPostgres();
        try (JdbcTrackStore first = JdbcTrackStore.open(url, null, null);
             JdbcTrackStore second = JdbcTrackStore.open(url, null, null);
             Connection watcher = DriverManager.getConnection(url)) {
            // the second is blocked once PostgreSQL shows an advisory lock asked for and not granted
            secondWaitsUntilFirstLetsGo(first, second, () -> waitingAdvisoryLocks(watcher) > 0);
        }
    }

    @Test
    void onH2TheSecondServerOfTheProcessWaitsForTheFirst(@TempDir Path dir) throws Exception {
        String url = TestDatabases.h2(dir);
        try (JdbcTrackStore first = JdbcTrackStore.open(url, "sa", "");
             JdbcTrackStore second = JdbcTrackStore.open(url, "sa", "")) {
            Thread[] secondThread = new Thread[1];
            secondWaitsUntilFirstLetsGo(first, second,
                    () -> secondThread[0] != null && secondThread[0].getState() == Thread.State.BLOCKED, secondThread);
        }
    }

    private static void secondWaitsUntilFirstLetsGo(JdbcTrackStore first, JdbcTrackStore second,
                                                    BooleanSupplier secondIsWaiting, Thread... secondThread)
            throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> first.exclusively("demo", () -> {
            firstInside.countDown();
            await(release);
            return null;
        }));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> {
            if (secondThread.length > 0) {
                secondThread[0] = Thread.currentThread();
            }
            second.exclusively("demo", () -> {
                secondRan.set(true);
                return null;
            });
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!secondIsWaiting.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the second server waits for the lock").isLessThan(deadline);
            Thread.onSpinWait();
        }
        assertThat(secondRan).as("ran while the first held the lock").isFalse();
        release.countDown();
        one.get(30, TimeUnit.SECONDS);
        two.get(30, TimeUnit.SECONDS);
        assertThat(secondRan).isTrue();
    }

    private static long waitingAdvisoryLocks(Connection c) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
