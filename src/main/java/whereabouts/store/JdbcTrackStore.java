package whereabouts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import whereabouts.geo.BoundingBox;
import whereabouts.json.Json;
import whereabouts.track.Sighting;
import whereabouts.track.SightingRevision;
import whereabouts.track.Track;
import whereabouts.track.TrackDraft;
import whereabouts.track.TrackRevision;

/** {@link TrackStore} over JDBC with portable SQL (H2 by default; PostgreSQL later). */
public final class JdbcTrackStore implements TrackStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcTrackStore.class);

    private final HikariDataSource dataSource;
    private final ObjectMapper json = Json.newMapper();
    private final RevisionLog revisions = new RevisionLog();
    /** Every write goes through here: concurrent writes share one commit (and on H2 one fsync). */
    private final GroupCommit writes;

    public JdbcTrackStore(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.writes = new GroupCommit(dataSource, syncsFile(dataSource));
    }

    /**
     * True for an H2 database in a file whose user may force it to disk ({@code CHECKPOINT SYNC} needs admin
     * rights; without them a commit survives the death of the process but not a power cut, as before).
     */
    private static boolean syncsFile(HikariDataSource dataSource) {
        String url = dataSource.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
            return true;
        } catch (SQLException e) {
            LOG.warn("H2 commits will not be forced to disk (CHECKPOINT SYNC failed: {})", e.getMessage());
            return false;
        }
    }

    /** Opens (and migrates) the database at {@code jdbcUrl}. */
    public static JdbcTrackStore open(String jdbcUrl, String user, String password) {
        return new JdbcTrackStore(Database.open(jdbcUrl, user, password));
    }

    @Override
    public Track createTrack(TrackDraft d, String author) {
        return write(c -> {
            Instant now = SqlValues.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO track (revision, name, description, mode, max_speed_kmh, created_at)"
                            + " VALUES (1, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, d.name());
                ps.setString(2, d.description());
                ps.setString(3, d.mode().wire());
                ps.setDouble(4, d.maxSpeedKmh());
                ps.setObject(5, SqlValues.utc(now));
                ps.executeUpdate();
                id = SqlValues.generatedId(ps);
            }
            Track t = new Track(id, d.name(), d.description(), d.mode(), d.maxSpeedKmh(), now);
            revisions.track(c, t, 1, "created", now, author);
            return t;
        });
    }

    @Override
    public List<Track> listTracks() {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + TrackRows.COLUMNS + " FROM track WHERE deleted_at IS NULL ORDER BY id")) {
                return TrackRows.read(ps);
            }
        });
    }

    @Override
    public Optional<Track> findTrack(long trackId) {
        return inTransaction(c -> TrackRows.find(c, trackId));
    }

    @Override
    public Optional<Track> updateTrack(long trackId, TrackDraft d, String author) {
        return write(c -> {
            Optional<Integer> revision = SqlValues.liveRevision(c, "track", trackId);
            if (revision.isEmpty()) {
                return Optional.empty();
            }
            int next = revision.get() + 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE track SET revision = ?, name = ?, description = ?, mode = ?, max_speed_kmh = ?"
                            + " WHERE id = ?")) {
                ps.setInt(1, next);
                ps.setString(2, d.name());
                ps.setString(3, d.description());
                ps.setString(4, d.mode().wire());
                ps.setDouble(5, d.maxSpeedKmh());
                ps.setLong(6, trackId);
                ps.executeUpdate();
            }
            Track t = TrackRows.find(c, trackId).orElseThrow();
            revisions.track(c, t, next, "updated", SqlValues.now(), author);
            return Optional.of(t);
        });
    }

    @Override
    public boolean deleteTrack(long trackId, String author) {
        return write(c -> {
            Optional<Integer> revision = SqlValues.liveRevision(c, "track", trackId);
            if (revision.isEmpty()) {
                return false;
            }
            Track t = TrackRows.find(c, trackId).orElseThrow();
            Instant now = SqlValues.now();
            int next = revision.get() + 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE track SET revision = ?, deleted_at = ? WHERE id = ?")) {
                ps.setInt(1, next);
                ps.setObject(2, SqlValues.utc(now));
                ps.setLong(3, trackId);
                ps.executeUpdate();
            }
            revisions.track(c, t, next, "deleted", now, author);
            return true;
        });
    }

    @Override
    public List<TrackRevision> trackHistory(long trackId) {
        return inTransaction(c -> revisions.trackHistory(c, trackId));
    }

    @Override
    public long countAllTracks() {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM track");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Sighting insertSighting(Sighting s, String author) {
        return write(c -> insertSighting(c, s, author));
    }

    @Override
    public List<Sighting> insertSightings(List<Sighting> sightings, String author) {
        return write(c -> {
            List<Sighting> stored = new ArrayList<>(sightings.size());
            for (Sighting s : sightings) {
                stored.add(insertSighting(c, s, author));
            }
            return stored;
        });
    }

    private Sighting insertSighting(Connection c, Sighting s, String author)
            throws SQLException, JsonProcessingException {
        Instant now = SqlValues.now();
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sighting (track_id, revision, observed_at, observed_epoch_ms, time_uncertainty_min,"
                        + " place, lat, lon, resolved_geoname_id, resolved_name, resolved_country,"
                        + " resolved_timezone, location_description, location_uncertainty_km, source, source_url,"
                        + " confidence, kind, notes, arrived_by, recorded_at)"
                        + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, s.trackId());
            int i = SightingRows.bind(ps, s, 2);
            ps.setObject(i, SqlValues.utc(now));
            ps.executeUpdate();
            id = SqlValues.generatedId(ps);
        }
        Sighting stored = SightingRows.find(c, s.trackId(), id, false).orElseThrow();
        revisions.sighting(c, stored, "created", author);
        return stored;
    }

    @Override
    public long countSightings(long trackId) {
        return inTransaction(c -> SightingQueries.countSightings(c, trackId));
    }

    @Override
    public List<Sighting> listSightingsAfter(long trackId, long afterEpochMs, long afterId, int limit) {
        return inTransaction(c -> SightingQueries.listSightingsAfter(c, trackId, afterEpochMs, afterId, limit));
    }

    @Override
    public List<Sighting> listSightings(long trackId) {
        return inTransaction(c -> SightingQueries.listSightings(c, trackId));
    }

    @Override
    public Optional<Sighting> findSighting(long trackId, long sightingId) {
        return inTransaction(c -> SightingRows.find(c, trackId, sightingId, false));
    }

    @Override
    public Optional<Sighting> updateSighting(Sighting s, Integer expectedRevision, String author) {
        return write(c -> {
            Optional<Sighting> current = SightingRows.lock(c, s.trackId(), s.id(), expectedRevision);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sighting SET revision = ?, observed_at = ?,"
                    + " observed_epoch_ms = ?, time_uncertainty_min = ?, place = ?, lat = ?, lon = ?,"
                    + " resolved_geoname_id = ?, resolved_name = ?, resolved_country = ?, resolved_timezone = ?,"
                    + " location_description = ?, location_uncertainty_km = ?, source = ?, source_url = ?,"
                    + " confidence = ?, kind = ?, notes = ?, arrived_by = ?, recorded_at = ? WHERE id = ? AND track_id = ?")) {
                ps.setInt(1, current.get().revision() + 1);
                int i = SightingRows.bind(ps, s, 2);
                ps.setObject(i++, SqlValues.utc(SqlValues.now()));
                ps.setLong(i++, s.id());
                ps.setLong(i, s.trackId());
                ps.executeUpdate();
            }
            Sighting stored = SightingRows.find(c, s.trackId(), s.id(), false).orElseThrow();
            revisions.sighting(c, stored, "updated", author);
            return Optional.of(stored);
        });
    }

    @Override
    public Optional<Sighting> deleteSighting(long trackId, long sightingId, Integer expectedRevision, String author) {
        return write(c -> {
            Optional<Sighting> current = SightingRows.lock(c, trackId, sightingId, expectedRevision);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Instant now = SqlValues.now();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sighting SET revision = ?, recorded_at = ?, deleted_at = ? WHERE id = ?")) {
                ps.setInt(1, current.get().revision() + 1);
                ps.setObject(2, SqlValues.utc(now));
                ps.setObject(3, SqlValues.utc(now));
                ps.setLong(4, sightingId);
                ps.executeUpdate();
            }
            Sighting deleted = SightingRows.find(c, trackId, sightingId, true).orElseThrow();
            revisions.sighting(c, deleted, "deleted", author);
            return Optional.of(deleted);
        });
    }

    @Override
    public List<SightingRevision> sightingHistory(long trackId, long sightingId) {
        return inTransaction(c -> SightingQueries.sightingHistory(c, json, trackId, sightingId));
    }

    @Override
    public List<Sighting> sightingsIn(BoundingBox box, Instant from, Instant to, int limit) {
        return inTransaction(c -> SightingQueries.sightingsIn(c, box, from, to, limit));
    }

    /**
     * A channel to the other servers on the same database, delivering what they send to {@code onPayload}:
     * PostgreSQL's LISTEN/NOTIFY; empty on H2, where one process owns the database.
     */
    public Optional<PgChangeChannel> openChangeChannel(Consumer<String> onPayload) {
        Dialect dialect = inTransaction(Dialect::of);
        return dialect == Dialect.POSTGRESQL
                ? Optional.of(new PgChangeChannel(dataSource, onPayload).start()) : Optional.empty();
    }

    /**
     * Runs {@code work} while no other server on this database runs work under the same {@code lock}: a
     * PostgreSQL advisory lock (held by one connection for the duration); on H2, where one process owns the
     * database, a lock of this JVM. For start-up work such as loading the demo into an empty database, which two
     * servers started together would otherwise both do.
     */
    public <T> T exclusively(String lock, Supplier<T> work) {
        return AdvisoryLock.exclusively(dataSource, inTransaction(Dialect::of), lock, work);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    // ---- helpers ----

    private <T> T inTransaction(Transactions.Work<T> work) {
        return Transactions.run(dataSource, work);
    }

    /** A write: committed with the concurrent ones in one group, on disk when this returns. */
    private <T> T write(Transactions.Work<T> work) {
        return writes.run(work);
    }
}
