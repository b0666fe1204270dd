package whereabouts.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Opens the connection pool and brings the schema up to date with Flyway. */
public final class Database {
    private Database() {
    }

    /** A migrated, pooled data source. The caller closes it. */
    public static HikariDataSource open(String jdbcUrl, String user, String password) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setUsername(user);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(8);
        cfg.setPoolName("whereabouts");
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            migrate(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return ds;
    }

    static void migrate(DataSource ds) {
        // portable scripts in db/migration; the few that differ per database in db/vendor/h2|postgresql
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/" + vendor(ds))
                .load().migrate();
    }

    private static String vendor(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return Dialect.of(c).name().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database: " + e.getMessage(), e);
        }
    }
}
