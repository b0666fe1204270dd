package whereabouts.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import whereabouts.auth.Role;

/** {@link UserStore} over JDBC, portable SQL (H2 and PostgreSQL); tables from migrations V3 and V5. */
public final class JdbcUserStore implements UserStore {
    private final DataSource dataSource;

    public JdbcUserStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean putUser(String name, Role role, String passwordHash) {
        return put("app_user", "password_hash", name, role, passwordHash);
    }

    @Override
    public Optional<StoredUser> findUser(String name) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, role, password_hash FROM app_user WHERE name = ?")) {
                ps.setString(1, name);
                return oneUser(ps);
            }
        });
    }

    @Override
    public boolean putToken(String name, Role role, String tokenHash) {
        return put("api_token", "token_hash", name, role, tokenHash);
    }

    @Override
    public Optional<StoredToken> findToken(String tokenHash) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, role FROM api_token WHERE token_hash = ?")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredToken(rs.getString(1), Role.parse(rs.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public long countUsers() {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void openSession(String idHash, String userName, Instant now, Instant expires) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM browser_session WHERE expires_at < ?")) {
                ps.setObject(1, now.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO browser_session (id_hash, user_name,"
                    + " created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, idHash);
                ps.setString(2, userName);
                ps.setObject(3, now.atOffset(ZoneOffset.UTC));
                ps.setObject(4, expires.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<StoredUser> findSession(String idHash, Instant now) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT u.name, u.role, u.password_hash"
                    + " FROM browser_session s JOIN app_user u ON u.name = s.user_name"
                    + " WHERE s.id_hash = ? AND s.expires_at > ?")) {
                ps.setString(1, idHash);
                ps.setObject(2, now.atOffset(ZoneOffset.UTC));
                return oneUser(ps);
            }
        });
    }

    @Override
    public void closeSession(String idHash) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM browser_session WHERE id_hash = ?")) {
                ps.setString(1, idHash);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int closeSessionsOf(String userName, String keepIdHash) {
        return inTransaction(c -> deleteSessions(c, userName, keepIdHash));
    }

    @Override
    public boolean removeUser(String name) {
        return inTransaction(c -> {
            deleteSessions(c, name, null);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_user WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean removeToken(String name) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM api_token WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public String serverSecret(String name, String candidate) {
        Optional<String> stored = inTransaction(c -> storedSecret(c, name));
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO server_secret (name, secret) VALUES (?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, candidate);
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException anotherServerWasFirst) {
            // a unique-key clash: another server stored its candidate at the same time; theirs is the one
        }
        return inTransaction(c -> storedSecret(c, name)).orElseThrow(
                () -> new IllegalStateException("the server secret " + name + " could not be stored"));
    }

    private static Optional<String> storedSecret(java.sql.Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM server_secret WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static int deleteSessions(java.sql.Connection c, String userName, String keepIdHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM browser_session WHERE user_name = ?"
                + (keepIdHash == null ? "" : " AND id_hash <> ?"))) {
            ps.setString(1, userName);
            if (keepIdHash != null) {
                ps.setString(2, keepIdHash);
            }
            return ps.executeUpdate();
        }
    }

    /** The user a query selects as (name, role, password_hash), if any. */
    private static Optional<StoredUser> oneUser(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    ? Optional.of(new StoredUser(rs.getString(1), Role.parse(rs.getString(2)), rs.getString(3)))
                    : Optional.empty();
        }
    }

    /** Update-then-insert (portable: H2 and PostgreSQL spell upserts differently). */
    private boolean put(String table, String secretColumn, String name, Role role, String secret) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET role = ?, " + secretColumn
                    + " = ? WHERE name = ?")) {
                ps.setString(1, role.wire());
                ps.setString(2, secret);
                ps.setString(3, name);
                if (ps.executeUpdate() > 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (name, role, " + secretColumn
                    + ", created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, role.wire());
                ps.setString(3, secret);
                ps.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return true;
        });
    }

    private <T> T inTransaction(Transactions.Work<T> work) {
        return Transactions.run(dataSource, work);
    }
}
