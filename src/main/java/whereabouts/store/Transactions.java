package whereabouts.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One unit of work on one connection, committed when it returns and rolled back when it throws. */
final class Transactions {
    private Transactions() {
    }

    /** Work on a connection inside a transaction; may fail with SQL or (JSON) I/O errors. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** Runs {@code work} in a transaction; a database or I/O failure becomes a {@link StoreException}. */
    static <T> T run(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("database operation failed: " + e.getMessage(), e);
        }
    }
}
