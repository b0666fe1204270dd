package whereabouts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import whereabouts.geo.BoundingBox;

/**
 * The few places where the SQL of H2 and PostgreSQL differ; everything else in {@link JdbcTrackStore} is portable.
 * Migrations that differ live in {@code db/vendor/h2} and {@code db/vendor/postgresql}; portable ones in
 * {@code db/migration}.
 */
enum Dialect {
    /** Bounding boxes are a range scan over the (lat, lon) index. */
    H2 {
        @Override
        String boxCondition() {
            return "s.lat BETWEEN ? AND ? AND s.lon BETWEEN ? AND ?";
        }

        @Override
        int bindBox(PreparedStatement ps, int i, BoundingBox b) throws SQLException {
            return bindExact(ps, i, b);
        }
    },
    /**
     * Bounding boxes go through the GiST index of the geography column, with an envelope widened so that its
     * great-circle edges enclose the whole latitude/longitude box, then the exact lat/lon test: the answer is the
     * same as H2's.
     */
    POSTGRESQL {
        @Override
        String boxCondition() {
            return "s.position && ST_MakeEnvelope(?, ?, ?, ?, 4326)::geography"
                    + " AND s.lat BETWEEN ? AND ? AND s.lon BETWEEN ? AND ?";
        }

        @Override
        int bindBox(PreparedStatement ps, int i, BoundingBox b) throws SQLException {
            double pad = padDeg(b);
            ps.setDouble(i++, b.minLon());
            ps.setDouble(i++, b.minLat() - pad);
            ps.setDouble(i++, b.maxLon());
            ps.setDouble(i++, b.maxLat() + pad);
            return bindExact(ps, i, b);
        }

        @Override
        boolean indexable(BoundingBox b) {
            return b.maxLon() - b.minLon() < 180 && Math.max(Math.abs(b.minLat()), Math.abs(b.maxLat())) + padDeg(b) < 89;
        }

        private static double padDeg(BoundingBox b) {
            return b.greatCircleSagDeg() + 1e-6;
        }
    };

    /** SQL testing that sighting {@code s} lies in the box (parameters bound by {@link #bindBox}). */
    abstract String boxCondition();

    /** Binds the box's parameters from index {@code i}; returns the next free index. */
    abstract int bindBox(PreparedStatement ps, int i, BoundingBox b) throws SQLException;

    /** Whether {@link #boxCondition()} works for this box; otherwise the store uses the exact test alone. */
    boolean indexable(BoundingBox b) {
        return true;
    }

    static int bindExact(PreparedStatement ps, int i, BoundingBox b) throws SQLException {
        ps.setDouble(i++, b.minLat());
        ps.setDouble(i++, b.maxLat());
        ps.setDouble(i++, b.minLon());
        ps.setDouble(i++, b.maxLon());
        return i;
    }

    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("unsupported database: " + product + " (Whereabouts runs on H2 and PostgreSQL)");
    }
}
