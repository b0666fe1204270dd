package whereabouts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import whereabouts.auth.Role;

/** {@link UserStore} over JDBC, portable SQL (H2 and PostgreSQL); tables from migration V3. */
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
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new StoredUser(rs.getString(1), Role.parse(rs.getString(2)), rs.getString(3)))
                            : Optional.empty();
                }
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

    @FunctionalInterface
    private interface TxWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(TxWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database operation failed: " + e.getMessage(), e);
        }
    }
}
