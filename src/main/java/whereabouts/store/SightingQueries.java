package whereabouts.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import whereabouts.geo.BoundingBox;
import whereabouts.track.Sighting;
import whereabouts.track.SightingRevision;

/** The read-only questions about sightings: counts, lists, pages, history, sightings in an area and time. */
final class SightingQueries {
    private SightingQueries() {
    }

    static long countSightings(Connection c, long trackId) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM sighting WHERE track_id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, trackId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<Sighting> listSightingsAfter(Connection c, long trackId, long afterEpochMs, long afterId, int limit) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SightingRows.COLUMNS + " FROM sighting"
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
                    out.add(SightingRows.read(rs));
                }
            }
            return out;
        }
    }

    static List<Sighting> listSightings(Connection c, long trackId) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SightingRows.COLUMNS + " FROM sighting"
                + " WHERE track_id = ? AND deleted_at IS NULL ORDER BY observed_epoch_ms, id")) {
            ps.setLong(1, trackId);
            List<Sighting> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(SightingRows.read(rs));
                }
            }
            return out;
        }
    }

    static List<SightingRevision> sightingHistory(Connection c, ObjectMapper json, long trackId, long sightingId) throws SQLException, IOException {
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
    }

    static List<Sighting> sightingsIn(Connection c, BoundingBox box, Instant from, Instant to, int limit) throws SQLException, IOException {
        Dialect dialect = Dialect.of(c);
        Dialect boxTest = dialect.indexable(box) ? dialect : Dialect.H2;
        String sql = "SELECT " + SightingRows.COLUMNS_OF_S
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
                    out.add(SightingRows.read(rs));
                }
            }
            return out;
        }
    }
}
