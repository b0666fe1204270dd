package whereabouts.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Empty databases for tests: H2 files in a temporary directory, and PostgreSQL databases in the throwaway
 * cluster that {@code .ci/test} starts ({@code .ci/pg-cluster}), found through {@code WHEREABOUTS_TEST_PG_URL}.
 */
public final class TestDatabases {
    /** The variable .ci/test exports: a JDBC URL of the cluster's {@code postgres} database as a superuser. */
    public static final String PG_URL_VARIABLE = "WHEREABOUTS_TEST_PG_URL";
    private static final String TEMPLATE = "whereabouts_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static boolean templateReady;

    private TestDatabases() {
    }

    public static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("whereabouts") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** A new, empty PostgreSQL database with PostGIS installed (copied from a template made once per JVM). */
    public static synchronized String freshPostgres() {
        String admin = adminUrl();
        String name = "wt_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
            if (!templateReady) {
                st.execute("DROP DATABASE IF EXISTS " + TEMPLATE);
                st.execute("CREATE DATABASE " + TEMPLATE);
                try (Connection t = DriverManager.getConnection(withDatabase(admin, TEMPLATE));
                     Statement ts = t.createStatement()) {
                    ts.execute("CREATE EXTENSION postgis");
                }
                templateReady = true;
            }
            st.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database in the cluster at " + admin, e);
        }
        return withDatabase(admin, name);
    }

    static String adminUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(PG_URL_VARIABLE + " is not set: run the tests with .ci/test, which starts"
                    + " a throwaway PostgreSQL cluster, or start one with `eval \"$(.ci/pg-cluster start)\"`.");
        }
        return url;
    }

    /** The same server and parameters, another database. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }
}
