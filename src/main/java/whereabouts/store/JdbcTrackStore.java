package whereabouts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import whereabouts.error.RevisionConflictException;
import whereabouts.geo.BoundingBox;
import whereabouts.geo.LatLon;
import whereabouts.json.Json;
import whereabouts.track.Confidence;
import whereabouts.track.ResolvedPlace;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.SightingRevision;
import whereabouts.track.Track;
import whereabouts.track.TrackDraft;
import whereabouts.track.TrackRevision;
import whereabouts.track.TravelMode;

/** {@link TrackStore} over JDBC with portable SQL (H2 by default; PostgreSQL later). */
public final class JdbcTrackStore implements TrackStore {
    private static final String SIGHTING_COLUMNS = "id, track_id, revision, observed_at, time_uncertainty_min, place,"
            + " lat, lon, resolved_geoname_id, resolved_name, resolved_country, resolved_timezone,"
            + " location_description, location_uncertainty_km, source, source_url, confidence, kind, notes,"
            + " recorded_at";
    /** The same columns qualified with the alias {@code s}, for joins. */
    private static final String SIGHTING_COLUMNS_OF_S = SIGHTING_COLUMNS.replaceAll("(^|, ?)(\\w)", "$1s.$2");
    private static final String TRACK_COLUMNS = "id, name, description, mode, max_speed_kmh, created_at";

    /** Advisory lock keys of this application: a fixed base plus the lock name's hash. */
    private static final long ADVISORY_LOCK_BASE = 0x5748_4552_0000_0000L; // "WHER"
    private static final Object IN_PROCESS_LOCK = new Object();
    private final HikariDataSource dataSource;
    private final ObjectMapper json = Json.newMapper();

    public JdbcTrackStore(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens (and migrates) the database at {@code jdbcUrl}. */
    public static JdbcTrackStore open(String jdbcUrl, String user, String password) {
        return new JdbcTrackStore(Database.open(jdbcUrl, user, password));
    }

    @Override
    public Track createTrack(TrackDraft d, String author) {
        return inTransaction(c -> {
            Instant now = now();
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO track (revision, name, description, mode, max_speed_kmh, created_at)"
                            + " VALUES (1, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, d.name());
                ps.setString(2, d.description());
                ps.setString(3, d.mode().wire());
                ps.setDouble(4, d.maxSpeedKmh());
                ps.setObject(5, utc(now));
                ps.executeUpdate();
                id = generatedId(ps);
            }
            Track t = new Track(id, d.name(), d.description(), d.mode(), d.maxSpeedKmh(), now);
            insertTrackRevision(c, t, 1, "created", now, author);
            return t;
        });
    }

    @Override
    public List<Track> listTracks() {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + TRACK_COLUMNS + " FROM track WHERE deleted_at IS NULL ORDER BY id")) {
                return readTracks(ps);
            }
        });
    }

    @Override
    public Optional<Track> findTrack(long trackId) {
        return inTransaction(c -> findTrack(c, trackId));
    }

    @Override
    public Optional<Track> updateTrack(long trackId, TrackDraft d, String author) {
        return inTransaction(c -> {
            Optional<Integer> revision = liveRevision(c, "track", trackId);
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
            Track t = findTrack(c, trackId).orElseThrow();
            insertTrackRevision(c, t, next, "updated", now(), author);
            return Optional.of(t);
        });
    }

    @Override
    public boolean deleteTrack(long trackId, String author) {
        return inTransaction(c -> {
            Optional<Integer> revision = liveRevision(c, "track", trackId);
            if (revision.isEmpty()) {
                return false;
            }
            Track t = findTrack(c, trackId).orElseThrow();
            Instant now = now();
            int next = revision.get() + 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE track SET revision = ?, deleted_at = ? WHERE id = ?")) {
                ps.setInt(1, next);
                ps.setObject(2, utc(now));
                ps.setLong(3, trackId);
                ps.executeUpdate();
            }
            insertTrackRevision(c, t, next, "deleted", now, author);
            return true;
        });
    }

    @Override
    public List<TrackRevision> trackHistory(long trackId) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT revision, action, recorded_at, snapshot, author"
                    + " FROM track_revision WHERE track_id = ? ORDER BY revision")) {
                ps.setLong(1, trackId);
                List<TrackRevision> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TrackRevision(rs.getInt(1), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(),
                                json.readValue(rs.getString(4), Track.class), rs.getString(5)));
                    }
                }
                return out;
            }
        });
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
        return inTransaction(c -> insertSighting(c, s, author));
    }

    @Override
    public List<Sighting> insertSightings(List<Sighting> sightings, String author) {
        return inTransaction(c -> {
            List<Sighting> stored = new ArrayList<>(sightings.size());
            for (Sighting s : sightings) {
                stored.add(insertSighting(c, s, author));
            }
            return stored;
        });
    }

    private Sighting insertSighting(Connection c, Sighting s, String author)
            throws SQLException, JsonProcessingException {
        Instant now = now();
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sighting (track_id, revision, observed_at, observed_epoch_ms, time_uncertainty_min,"
                        + " place, lat, lon, resolved_geoname_id, resolved_name, resolved_country,"
                        + " resolved_timezone, location_description, location_uncertainty_km, source, source_url,"
                        + " confidence, kind, notes, recorded_at)"
                        + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, s.trackId());
            int i = bindSightingFields(ps, s, 2);
            ps.setObject(i, utc(now));
            ps.executeUpdate();
            id = generatedId(ps);
        }
        Sighting stored = findSighting(c, s.trackId(), id, false).orElseThrow();
        insertSightingRevision(c, stored, "created", author);
        return stored;
    }

    @Override
    public long countSightings(long trackId) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM sighting WHERE track_id = ? AND deleted_at IS NULL")) {
                ps.setLong(1, trackId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Sighting> listSightingsAfter(long trackId, long afterEpochMs, long afterId, int limit) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SIGHTING_COLUMNS + " FROM sighting"
                    + " WHERE track_id = ? AND deleted_at IS NULL"
                    + " AND observed_epoch_ms >= ? AND (observed_epoch_ms > ? OR id > ?)"
                    + " ORDER BY track_id, observed_epoch_ms, id LIMIT ?")) { // the order of an index (V4)
                ps.setLong(1, trackId);
                ps.setLong(2, afterEpochMs);
                ps.setLong(3, afterEpochMs);
                ps.setLong(4, afterId);
                ps.setInt(5, limit);
                List<Sighting> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(readSighting(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Sighting> listSightings(long trackId) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SIGHTING_COLUMNS + " FROM sighting"
                    + " WHERE track_id = ? AND deleted_at IS NULL ORDER BY observed_epoch_ms, id")) {
                ps.setLong(1, trackId);
                List<Sighting> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(readSighting(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Sighting> findSighting(long trackId, long sightingId) {
        return inTransaction(c -> findSighting(c, trackId, sightingId, false));
    }

    @Override
    public Optional<Sighting> updateSighting(Sighting s, Integer expectedRevision, String author) {
        return inTransaction(c -> {
            Optional<Sighting> current = lockSighting(c, s.trackId(), s.id(), expectedRevision);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sighting SET revision = ?, observed_at = ?,"
                    + " observed_epoch_ms = ?, time_uncertainty_min = ?, place = ?, lat = ?, lon = ?,"
                    + " resolved_geoname_id = ?, resolved_name = ?, resolved_country = ?, resolved_timezone = ?,"
                    + " location_description = ?, location_uncertainty_km = ?, source = ?, source_url = ?,"
                    + " confidence = ?, kind = ?, notes = ?, recorded_at = ? WHERE id = ? AND track_id = ?")) {
                ps.setInt(1, current.get().revision() + 1);
                int i = bindSightingFields(ps, s, 2);
                ps.setObject(i++, utc(now()));
                ps.setLong(i++, s.id());
                ps.setLong(i, s.trackId());
                ps.executeUpdate();
            }
            Sighting stored = findSighting(c, s.trackId(), s.id(), false).orElseThrow();
            insertSightingRevision(c, stored, "updated", author);
            return Optional.of(stored);
        });
    }

    @Override
    public Optional<Sighting> deleteSighting(long trackId, long sightingId, Integer expectedRevision, String author) {
        return inTransaction(c -> {
            Optional<Sighting> current = lockSighting(c, trackId, sightingId, expectedRevision);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Instant now = now();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sighting SET revision = ?, recorded_at = ?, deleted_at = ? WHERE id = ?")) {
                ps.setInt(1, current.get().revision() + 1);
                ps.setObject(2, utc(now));
                ps.setObject(3, utc(now));
                ps.setLong(4, sightingId);
                ps.executeUpdate();
            }
            Sighting deleted = findSighting(c, trackId, sightingId, true).orElseThrow();
            insertSightingRevision(c, deleted, "deleted", author);
            return Optional.of(deleted);
        });
    }

    @Override
    public Optional<Sighting> restoreSighting(long trackId, long sightingId, String author) {
        return inTransaction(c -> {
            Optional<Sighting> current = findSighting(c, trackId, sightingId, true, " FOR UPDATE");
            if (current.isEmpty() || !isDeleted(c, sightingId)) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sighting SET revision = ?, recorded_at = ?, deleted_at = NULL WHERE id = ?")) {
                ps.setInt(1, current.get().revision() + 1);
                ps.setObject(2, utc(now()));
                ps.setLong(3, sightingId);
                ps.executeUpdate();
            }
            Sighting restored = findSighting(c, trackId, sightingId, false).orElseThrow();
            insertSightingRevision(c, restored, "restored", author);
            return Optional.of(restored);
        });
    }

    private static boolean isDeleted(Connection c, long sightingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at FROM sighting WHERE id = ?")) {
            ps.setLong(1, sightingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) != null;
            }
        }
    }

    @Override
    public List<SightingRevision> sightingHistory(long trackId, long sightingId) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.revision, r.action, r.recorded_at, r.snapshot, r.author"
                    + " FROM sighting_revision r JOIN sighting s ON s.id = r.sighting_id"
                    + " WHERE s.track_id = ? AND r.sighting_id = ? ORDER BY r.revision")) {
                ps.setLong(1, trackId);
                ps.setLong(2, sightingId);
                List<SightingRevision> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Sighting snapshot = json.readValue(rs.getString(4), Sighting.class);
                        out.add(new SightingRevision(rs.getInt(1), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), snapshot, rs.getString(5)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Sighting> sightingsIn(BoundingBox box, Instant from, Instant to, int limit) {
        return inTransaction(c -> {
            Dialect dialect = Dialect.of(c);
            Dialect boxTest = dialect.indexable(box) ? dialect : Dialect.H2;
            String sql = "SELECT " + SIGHTING_COLUMNS_OF_S
                    + " FROM sighting s JOIN track t ON t.id = s.track_id"
                    + " WHERE s.deleted_at IS NULL AND t.deleted_at IS NULL AND " + boxTest.boxCondition()
                    + (from == null ? "" : " AND s.observed_epoch_ms >= ?")
                    + (to == null ? "" : " AND s.observed_epoch_ms <= ?")
                    + " ORDER BY s.observed_epoch_ms, s.id LIMIT ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = boxTest.bindBox(ps, 1, box);
                if (from != null) {
                    ps.setLong(i++, from.toEpochMilli());
                }
                if (to != null) {
                    ps.setLong(i++, to.toEpochMilli());
                }
                ps.setInt(i, limit);
                List<Sighting> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(readSighting(rs));
                    }
                }
                return out;
            }
        });
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
        if (inTransaction(Dialect::of) != Dialect.POSTGRESQL) {
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

    @Override
    public void close() {
        dataSource.close();
    }

    // ---- helpers ----

    private Optional<Track> findTrack(Connection c, long trackId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + TRACK_COLUMNS + " FROM track WHERE id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, trackId);
            return readTracks(ps).stream().findFirst();
        }
    }

    private static List<Track> readTracks(PreparedStatement ps) throws SQLException {
        List<Track> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Track(rs.getLong(1), rs.getString(2), rs.getString(3),
                        TravelMode.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getDouble(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()));
            }
        }
        return out;
    }

    private static Optional<Integer> liveRevision(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT revision FROM " + table + " WHERE id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    /**
     * The live sighting, locked until the transaction ends (concurrent edits queue up instead of both writing the
     * same next revision); throws when {@code expectedRevision} is given and is not the current one.
     */
    private Optional<Sighting> lockSighting(Connection c, long trackId, long sightingId, Integer expectedRevision)
            throws SQLException {
        Optional<Sighting> current = findSighting(c, trackId, sightingId, false, " FOR UPDATE");
        if (current.isPresent() && expectedRevision != null && current.get().revision() != expectedRevision) {
            throw new RevisionConflictException(expectedRevision, current.get().revision());
        }
        return current;
    }

    private Optional<Sighting> findSighting(Connection c, long trackId, long sightingId, boolean includeDeleted)
            throws SQLException {
        return findSighting(c, trackId, sightingId, includeDeleted, "");
    }

    private Optional<Sighting> findSighting(Connection c, long trackId, long sightingId, boolean includeDeleted,
                                            String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SIGHTING_COLUMNS + " FROM sighting"
                + " WHERE id = ? AND track_id = ?" + (includeDeleted ? "" : " AND deleted_at IS NULL") + lock)) {
            ps.setLong(1, sightingId);
            ps.setLong(2, trackId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readSighting(rs)) : Optional.empty();
            }
        }
    }

    /** Binds observed_at … notes starting at parameter {@code i}; returns the next free parameter index. */
    private static int bindSightingFields(PreparedStatement ps, Sighting s, int i) throws SQLException {
        ps.setString(i++, s.observedAt().toString());
        ps.setLong(i++, s.observedAt().toInstant().toEpochMilli());
        ps.setObject(i++, s.timeUncertaintyMinutes(), Types.INTEGER); // null: not given
        ps.setString(i++, s.place());
        ps.setDouble(i++, s.position().lat());
        ps.setDouble(i++, s.position().lon());
        ResolvedPlace r = s.resolved();
        if (r == null) {
            ps.setNull(i++, Types.BIGINT);
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.VARCHAR);
        } else {
            ps.setLong(i++, r.geonameId());
            ps.setString(i++, r.name());
            ps.setString(i++, r.country());
            ps.setString(i++, r.timezone());
        }
        ps.setString(i++, s.locationDescription());
        ps.setObject(i++, s.locationUncertaintyKm(), Types.DOUBLE); // null: not given
        ps.setString(i++, s.source());
        ps.setString(i++, s.sourceUrl());
        ps.setString(i++, s.confidence().wire());
        ps.setString(i++, s.kind().wire());
        ps.setString(i++, s.notes());
        return i;
    }

    private static Sighting readSighting(ResultSet rs) throws SQLException {
        long geonameId = rs.getLong(9);
        ResolvedPlace resolved = rs.wasNull() ? null
                : new ResolvedPlace(geonameId, rs.getString(10), rs.getString(11), rs.getString(12));
        return new Sighting(
                rs.getLong(1), rs.getLong(2), rs.getInt(3),
                OffsetDateTime.parse(rs.getString(4)), rs.getObject(5, Integer.class), rs.getString(6),
                new LatLon(rs.getDouble(7), rs.getDouble(8)), resolved, rs.getString(13), rs.getObject(14, Double.class),
                rs.getString(15), rs.getString(16),
                Confidence.valueOf(rs.getString(17).toUpperCase(Locale.ROOT)),
                SightingKind.valueOf(rs.getString(18).toUpperCase(Locale.ROOT)),
                rs.getString(19), rs.getObject(20, OffsetDateTime.class).toInstant());
    }

    private void insertSightingRevision(Connection c, Sighting s, String action, String author) throws SQLException {
        insertRevision(c, "sighting_revision", "sighting_id", s.id(), s.revision(), action, s.recordedAt(), s,
                author);
    }

    private void insertTrackRevision(Connection c, Track t, int revision, String action, Instant at, String author)
            throws SQLException {
        insertRevision(c, "track_revision", "track_id", t.id(), revision, action, at, t, author);
    }

    /** Appends one revision (the full state after {@code action}, as JSON) to a history table. */
    private void insertRevision(Connection c, String table, String idColumn, long id, int revision, String action,
                                Instant at, Object snapshot, String author) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + idColumn
                + ", revision, action, recorded_at, snapshot, author) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setInt(2, revision);
            ps.setString(3, action);
            ps.setObject(4, utc(at));
            ps.setString(5, toJson(snapshot));
            ps.setString(6, author);
            ps.executeUpdate();
        }
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new StoreException("could not serialise a revision snapshot", e);
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Microsecond precision, so a value read back equals the value written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private <T> T inTransaction(Transactions.Work<T> work) {
        return Transactions.run(dataSource, work);
    }
}
