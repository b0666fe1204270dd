package whereabouts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import whereabouts.json.Json;
import whereabouts.track.Sighting;
import whereabouts.track.Track;

/** The history tables: every change to a track or sighting appends the full state after it, as JSON. */
final class RevisionLog {
    private final ObjectMapper json = Json.newMapper();

    void sighting(Connection c, Sighting s, String action, String author) throws SQLException {
        insertRevision(c, "sighting_revision", "sighting_id", s.id(), s.revision(), action, s.recordedAt(), s,
                author);
    }

    void track(Connection c, Track t, int revision, String action, Instant at, String author)
            throws SQLException {
        insertRevision(c, "track_revision", "track_id", t.id(), revision, action, at, t, author);
    }

    /** Appends one revision (the full state after {@code action}, as JSON) to a history table. */
    void insertRevision(Connection c, String table, String idColumn, long id, int revision, String action,
                                Instant at, Object snapshot, String author) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + idColumn
                + ", revision, action, recorded_at, snapshot, author) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setInt(2, revision);
            ps.setString(3, action);
            ps.setObject(4, SqlValues.utc(at));
            ps.setString(5, toJson(snapshot));
            ps.setString(6, author);
            ps.executeUpdate();
        }
    }

    String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new StoreException("could not serialise a revision snapshot", e);
        }
    }
}
