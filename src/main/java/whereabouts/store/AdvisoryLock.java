package whereabouts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Work that only one server on a database runs at a time (see {@link JdbcTrackStore#exclusively}). */
final class AdvisoryLock {
    /** Advisory lock keys of this application: a fixed base plus the lock name's hash. */
    private static final long ADVISORY_LOCK_BASE = 0x5748_4552_0000_0000L; // "WHER"
    private static final Object IN_PROCESS_LOCK = new Object();

    private AdvisoryLock() {
    }

    /**
     * Runs {@code work} under {@code lock}: a PostgreSQL advisory lock held by one connection for the duration;
     * on H2, where one process owns the database, a lock of this JVM.
     */
    static <T> T exclusively(DataSource dataSource, Dialect dialect, String lock, Supplier<T> work) {
        if (dialect != Dialect.POSTGRESQL) {
            synchronized (IN_PROCESS_LOCK) {
                return work.get();
            }
        }
        long key = ADVISORY_LOCK_BASE + lock.hashCode();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                ps.setLong(1, key);
                ps.execute();
            }
            try {
                return work.get();
            } finally {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    ps.setLong(1, key);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database lock failed: " + e.getMessage(), e);
        }
    }
}
