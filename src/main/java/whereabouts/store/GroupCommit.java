package whereabouts.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for concurrent writers: writes that arrive while a group is being committed wait and go together
 * in the next one, one transaction (each write in its own savepoint, so one that fails is rolled back alone and
 * the others still commit), one commit and, on H2, one {@code CHECKPOINT SYNC} (H2 forces its file to disk, an
 * fsync) before any of them returns. So a write that returned is on disk, on H2 as on PostgreSQL (whose commit
 * fsyncs its WAL), and N concurrent writers cost one fsync instead of N. No thread of its own: the first writer
 * to find no group running commits the group (leader), then hands over to the first writer still waiting.
 * A lone writer commits at once, so nothing waits for a timer.
 */
final class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Largest number of writes in one group. */
    static final int MAX_GROUP = 128;

    private final DataSource dataSource;
    private final boolean syncAfterCommit;
    private final Object lock = new Object();
    private final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
    private boolean leading;
    private long groupsStarted;

    /** @param syncAfterCommit force the database file to disk after each commit (H2: {@code CHECKPOINT SYNC}) */
    GroupCommit(DataSource dataSource, boolean syncAfterCommit) {
        this.dataSource = dataSource;
        this.syncAfterCommit = syncAfterCommit;
    }

    /** A write waiting for its group: the work, then its result or failure. */
    private static final class Pending<T> {
        final Transactions.Work<T> work;
        T result;
        Exception failure;
        boolean done;
        boolean lead;

        Pending(Transactions.Work<T> work) {
            this.work = work;
        }
    }

    /**
     * Runs {@code work} in the next group and returns once that group is committed (and synced): its result,
     * or its failure as {@link Transactions#run} would throw it.
     */
    <T> T run(Transactions.Work<T> work) {
        Pending<T> p = new Pending<>(work);
        boolean lead;
        synchronized (lock) {
            queue.add(p);
            lead = !leading;
            if (lead) {
                leading = true;
                queue.remove(p);
                queue.addFirst(p);
            } else {
                boolean interrupted = false;
                while (!p.done && !p.lead) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        interrupted = true; // a write once queued is committed: finish waiting, keep the flag
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                lead = p.lead && !p.done;
            }
        }
        if (lead) {
            commitGroup();
        }
        return outcome(p);
    }

    /** Writes queued and not yet taken into a group (for tests). */
    int waiting() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Groups taken from the queue so far (for tests). */
    long groupsStarted() {
        synchronized (lock) {
            return groupsStarted;
        }
    }

    private void commitGroup() {
        List<Pending<?>> group = new ArrayList<>();
        synchronized (lock) {
            while (!queue.isEmpty() && group.size() < MAX_GROUP) {
                group.add(queue.poll());
            }
            groupsStarted++;
        }
        try {
            execute(group);
        } finally {
            synchronized (lock) {
                for (Pending<?> p : group) {
                    p.done = true;
                }
                Pending<?> next = queue.peek();
                if (next == null) {
                    leading = false;
                } else {
                    next.lead = true; // the leader's own write is done: the next waiting writer leads
                }
                lock.notifyAll();
            }
        }
    }

    private void execute(List<Pending<?>> group) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Pending<?> p : group) {
                    runOne(c, p, group.size() > 1);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            if (syncAfterCommit) {
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("group of {} writes rolled back: {}", group.size(), e.toString());
            for (Pending<?> p : group) {
                if (p.failure == null) {
                    p.failure = e;
                    p.result = null;
                }
            }
        }
    }

    private static <T> void runOne(Connection c, Pending<T> p, boolean savepoint) throws SQLException {
        Savepoint sp = savepoint ? c.setSavepoint() : null;
        try {
            p.result = p.work.run(c);
            if (sp != null) {
                c.releaseSavepoint(sp);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            p.failure = e;
            if (sp == null) {
                throw e instanceof SQLException s ? s : new SQLException(e.getMessage(), e);
            }
            c.rollback(sp);
        }
    }

    private static <T> T outcome(Pending<T> p) {
        Exception e = p.failure;
        if (e == null) {
            return p.result;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        throw new StoreException("database operation failed: " + e.getMessage(), e);
    }
}
