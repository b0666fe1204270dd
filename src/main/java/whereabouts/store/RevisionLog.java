package whereabouts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.io.IOException;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import whereabouts.track.TrackRevision;
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

    /** Every revision of a track, oldest first. */
    List<TrackRevision> trackHistory(Connection c, long trackId) throws SQLException, IOException {
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
    }
}
