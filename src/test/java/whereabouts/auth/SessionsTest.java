package whereabouts.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.store.Database;
import whereabouts.store.JdbcUserStore;
import whereabouts.store.UserStore;

/** Sessions in a real (H2) database, on a clock the test moves: they last {@link Sessions#LIFETIME}, no longer. */
class SessionsTest {
    private HikariDataSource db;
    private UserStore store;
    private Instant now = Instant.parse("2023-09-12T06:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeEach
    void open(@TempDir Path dir) {
        db = Database.open("jdbc:h2:file:" + dir.resolve("sessions") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        store = new JdbcUserStore(db);
        store.putUser("alice", Role.EDITOR, Credentials.hashPassword("correct horse battery"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Principal alice() {
        return new Principal("alice", Role.EDITOR, Principal.Kind.USER);
    }

    @Test
    void aSessionLastsItsLifetimeAndSigningOutEndsIt() {
        Sessions sessions = new Sessions(store, clock);
        String id = sessions.open(alice());
        assertThat(sessions.find(id)).map(UserStore.StoredUser::name).contains("alice");
        now = now.plus(Sessions.LIFETIME).minusSeconds(1);
        assertThat(sessions.find(id)).isPresent();
        now = now.plusSeconds(2);
        assertThat(sessions.find(id)).isEmpty();

        String next = sessions.open(alice());
        sessions.close(next);
        assertThat(sessions.find(next)).isEmpty();
        assertThat(sessions.find("not-a-session")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void onlyTheHashOfASessionIdIsStoredAndExpiredOnesAreForgotten() throws Exception {
        Sessions sessions = new Sessions(store, clock);
        String old = sessions.open(alice());
        now = now.plus(Sessions.LIFETIME).plus(Duration.ofMinutes(1));
        String id = sessions.open(alice()); // opening a session clears the expired ones

        assertThat(storedHashes()).containsExactly(Credentials.tokenHash(id)).doesNotContain(id, old);
        // another Sessions over the same database (another server, or after a restart) knows the session
        assertThat(new Sessions(new JdbcUserStore(db), clock).find(id)).isPresent();
    }

    private List<String> storedHashes() throws Exception {
        List<String> hashes = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id_hash FROM browser_session")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }
}
