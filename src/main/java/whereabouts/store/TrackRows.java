package whereabouts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import whereabouts.track.Track;
import whereabouts.track.TravelMode;

/** The {@code track} table's row: its columns, reading tracks back, finding one. */
final class TrackRows {
    static final String COLUMNS = "id, name, description, mode, max_speed_kmh, created_at";

    private TrackRows() {
    }

    static Optional<Track> find(Connection c, long trackId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM track WHERE id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, trackId);
            return read(ps).stream().findFirst();
        }
    }

    static List<Track> read(PreparedStatement ps) throws SQLException {
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
}
