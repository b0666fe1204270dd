package whereabouts.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** {@link WatchStore} over JDBC, portable SQL (H2 and PostgreSQL); table from migration V8. */
public final class JdbcWatchStore implements WatchStore {
    private final DataSource dataSource;

    public JdbcWatchStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void watch(String userName, long trackId) {
        Transactions.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO track_watch (user_name, track_id, created_at) "
                    + "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM track_watch WHERE user_name = ? AND track_id = ?)")) {
                ps.setString(1, userName);
                ps.setLong(2, trackId);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setString(4, userName);
                ps.setLong(5, trackId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void unwatch(String userName, long trackId) {
        Transactions.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM track_watch WHERE user_name = ? AND track_id = ?")) {
                ps.setString(1, userName);
                ps.setLong(2, trackId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Long> watchedBy(String userName) {
        return Transactions.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT track_id FROM track_watch WHERE user_name = ? ORDER BY track_id")) {
                ps.setString(1, userName);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<String> watchersOf(long trackId) {
        return Transactions.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT user_name FROM track_watch WHERE track_id = ? ORDER BY user_name")) {
                ps.setLong(1, trackId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }
}
