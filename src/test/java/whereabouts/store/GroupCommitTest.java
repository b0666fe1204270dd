package whereabouts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes queued behind a running group commit together, in one transaction, yet each one alone: a write that
 * fails is rolled back without the others of its group. Real H2 database; the first write holds its group open
 * on a latch until the others are queued, so the grouping is certain, not a matter of timing.
 */
class GroupCommitTest {
    @TempDir
    Path dir;
    private HikariDataSource ds;
    private GroupCommit writes;

    @BeforeEach
    void open() throws Exception {
        ds = Database.open(TestDatabases.h2(dir), "sa", "");
        Transactions.run(ds, c -> c.createStatement().execute("CREATE TABLE gc_probe (v INT PRIMARY KEY)"));
        writes = new GroupCommit(ds, true);
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private Transactions.Work<Integer> insert(int v) {
        return c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gc_probe (v) VALUES (?)")) {
                ps.setInt(1, v);
                return ps.executeUpdate();
            }
        };
    }

    private List<Integer> stored() {
        return Transactions.run(ds, c -> {
            List<Integer> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT v FROM gc_probe ORDER BY v")) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    @Test
    void aFailingWriteIsRolledBackAloneAndTheRestOfItsGroupCommits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> writes.run(c -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new java.io.IOException(e);
            }
            return insert(1).run(c);
        }));
        // wait until the first write leads a group (it is no longer queued, its work is blocked on the latch)
        while (!leading(first)) {
            Thread.onSpinWait();
        }
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> writes.run(insert(2)));
        CompletableFuture<Integer> duplicate = CompletableFuture.supplyAsync(() -> writes.run(insert(1)));
        CompletableFuture<Integer> third = CompletableFuture.supplyAsync(() -> writes.run(insert(3)));
        while (writes.waiting() < 3) {
            Thread.onSpinWait();
        }
        release.countDown();

        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).isEqualTo(1);
        assertThat(third.get()).isEqualTo(1);
        assertThatThrownBy(duplicate::join).hasCauseInstanceOf(StoreException.class)
                .hasMessageContaining("database operation failed");
        assertThat(stored()).containsExactly(1, 2, 3);
    }

    /** The first write is running: nothing queued and not yet done. */
    private boolean leading(CompletableFuture<Integer> first) {
        return writes.waiting() == 0 && !first.isDone() && writes.groupsStarted() > 0;
    }

    @Test
    void aLoneWriteCommitsAtOnceAndAFailureReachesItsCaller() {
        assertThat(writes.run(insert(7))).isEqualTo(1);
        assertThatThrownBy(() -> writes.run(insert(7))).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> writes.run(c -> {
            throw new IllegalArgumentException("domain rule");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("domain rule");
        assertThat(stored()).containsExactly(7);
    }
}
