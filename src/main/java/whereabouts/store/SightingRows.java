package whereabouts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import whereabouts.error.RevisionConflictException;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.ResolvedPlace;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.TravelMode;

/** The {@code sighting} table's row: its columns, binding a sighting to them, reading one back, finding one. */
final class SightingRows {
    static final String COLUMNS = "id, track_id, revision, observed_at, time_uncertainty_min, place,"
            + " lat, lon, resolved_geoname_id, resolved_name, resolved_country, resolved_timezone,"
            + " location_description, location_uncertainty_km, source, source_url, confidence, kind, notes,"
            + " recorded_at, arrived_by";
    /** The same columns qualified with the alias {@code s}, for joins. */
    static final String COLUMNS_OF_S = COLUMNS.replaceAll("(^|, ?)(\\w)", "$1s.$2");

    private SightingRows() {
    }

    /**
     * The live sighting, locked until the transaction ends (concurrent edits queue up instead of both writing the
     * same next revision); throws when {@code expectedRevision} is given and is not the current one.
     */
    static Optional<Sighting> lock(Connection c, long trackId, long sightingId, Integer expectedRevision)
            throws SQLException {
        Optional<Sighting> current = find(c, trackId, sightingId, false, " FOR UPDATE");
        if (current.isPresent() && expectedRevision != null && current.get().revision() != expectedRevision) {
            throw new RevisionConflictException(expectedRevision, current.get().revision());
        }
        return current;
    }

    static Optional<Sighting> find(Connection c, long trackId, long sightingId, boolean includeDeleted)
            throws SQLException {
        return find(c, trackId, sightingId, includeDeleted, "");
    }

    static Optional<Sighting> find(Connection c, long trackId, long sightingId, boolean includeDeleted,
                                            String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sighting"
                + " WHERE id = ? AND track_id = ?" + (includeDeleted ? "" : " AND deleted_at IS NULL") + lock)) {
            ps.setLong(1, sightingId);
            ps.setLong(2, trackId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Binds observed_at … notes, arrived_by starting at parameter {@code i}; returns the next free parameter index. */
    static int bind(PreparedStatement ps, Sighting s, int i) throws SQLException {
        ps.setString(i++, s.observedAt().toString());
        ps.setLong(i++, s.observedAt().toInstant().toEpochMilli());
        ps.setInt(i++, s.timeUncertaintyMinutes());
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
        ps.setDouble(i++, s.locationUncertaintyKm());
        ps.setString(i++, s.source());
        ps.setString(i++, s.sourceUrl());
        ps.setString(i++, s.confidence().wire());
        ps.setString(i++, s.kind().wire());
        ps.setString(i++, s.notes());
        ps.setString(i++, s.arrivedBy() == null ? null : s.arrivedBy().wire());
        return i;
    }

    static Sighting read(ResultSet rs) throws SQLException {
        long geonameId = rs.getLong(9);
        ResolvedPlace resolved = rs.wasNull() ? null
                : new ResolvedPlace(geonameId, rs.getString(10), rs.getString(11), rs.getString(12));
        return new Sighting(
                rs.getLong(1), rs.getLong(2), rs.getInt(3),
                OffsetDateTime.parse(rs.getString(4)), rs.getInt(5), rs.getString(6),
                new LatLon(rs.getDouble(7), rs.getDouble(8)), resolved, rs.getString(13), rs.getDouble(14),
                rs.getString(15), rs.getString(16),
                Confidence.valueOf(rs.getString(17).toUpperCase(Locale.ROOT)),
                SightingKind.valueOf(rs.getString(18).toUpperCase(Locale.ROOT)),
                rs.getString(19), rs.getObject(20, OffsetDateTime.class).toInstant(),
                rs.getString(21) == null ? null : TravelMode.fromWire(rs.getString(21)));
    }
}
