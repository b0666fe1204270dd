package whereabouts.geo;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;

/**
 * Geodesy on the WGS84 ellipsoid, delegating to GeographicLib (Karney's algorithms, accurate to about 15 nm),
 * the engine behind GeoTools' GeodeticCalculator. Stateless and thread-safe.
 */
public final class Geodesy {
    private static final Geodesic WGS84 = Geodesic.WGS84;

    private Geodesy() {
    }

    /** Geodesic distance in metres. */
    public static double distanceMeters(LatLon a, LatLon b) {
        return WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon(), GeodesicMask.DISTANCE).s12;
    }

    /** Distance plus initial and final bearing. Bearings are normalised to [0, 360). */
    public static GeodesicInverse inverse(LatLon a, LatLon b) {
        GeodesicData g = WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon(),
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        return new GeodesicInverse(g.s12, normalizeBearing(g.azi1), normalizeBearing(g.azi2));
    }

    /**
     * The point reached from {@code from} after {@code distanceMeters} along the initial bearing
     * {@code bearingDegrees} (clockwise from north). Longitude is normalised to [-180, 180].
     */
    public static LatLon destination(LatLon from, double bearingDegrees, double distanceMeters) {
        GeodesicData g = WGS84.Direct(from.lat(), from.lon(), bearingDegrees, distanceMeters,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new LatLon(g.lat2, normalizeLon(g.lon2));
    }

    /** The point a fraction [0, 1] of the way along the geodesic from a to b. */
    public static LatLon interpolate(LatLon a, LatLon b, double fraction) {
        if (fraction <= 0) {
            return a;
        }
        if (fraction >= 1) {
            return b;
        }
        GeodesicLine line = WGS84.InverseLine(a.lat(), a.lon(), b.lat(), b.lon(),
                GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        GeodesicData g = line.Position(line.Distance() * fraction, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new LatLon(g.lat2, normalizeLon(g.lon2));
    }

    /**
     * The geodesic from a to b as a polyline whose segments are at most {@code maxSegmentMeters} long
     * (both ends included). Longitudes are normalised to [-180, 180], so a line crossing the antimeridian
     * jumps there; use {@link #splitAtAntimeridian(List)} before writing GeoJSON.
     */
    public static List<LatLon> densify(LatLon a, LatLon b, double maxSegmentMeters) {
        if (!(maxSegmentMeters > 0)) {
            throw new IllegalArgumentException("maxSegmentMeters must be > 0");
        }
        GeodesicLine line = WGS84.InverseLine(a.lat(), a.lon(), b.lat(), b.lon(),
                GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        double total = line.Distance();
        int segments = Math.max(1, (int) Math.ceil(total / maxSegmentMeters));
        List<LatLon> out = new ArrayList<>(segments + 1);
        out.add(a);
        for (int i = 1; i < segments; i++) {
            GeodesicData g = line.Position(total * i / segments, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            out.add(new LatLon(g.lat2, normalizeLon(g.lon2)));
        }
        out.add(b);
        return out;
    }

    /** Sum of geodesic segment lengths of a polyline, metres. */
    public static double lengthMeters(List<LatLon> line) {
        double sum = 0;
        for (int i = 1; i < line.size(); i++) {
            sum += distanceMeters(line.get(i - 1), line.get(i));
        }
        return sum;
    }

    /**
     * Splits a polyline where consecutive longitudes jump by more than 180 degrees (a crossing of the
     * antimeridian), inserting the crossing point at lon = ±180 on both sides, as RFC 7946 section 3.1.9 asks.
     * The crossing latitude is interpolated linearly in longitude, which is exact enough for densified lines.
     */
    public static List<List<LatLon>> splitAtAntimeridian(List<LatLon> line) {
        List<List<LatLon>> parts = new ArrayList<>();
        List<LatLon> current = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            LatLon p = line.get(i);
            if (!current.isEmpty()) {
                LatLon prev = current.get(current.size() - 1);
                double dLon = p.lon() - prev.lon();
                if (Math.abs(dLon) > 180) {
                    double side = prev.lon() > 0 ? 180 : -180;
                    double pLonUnwrapped = p.lon() + (side > 0 ? 360 : -360);
                    double t = (side - prev.lon()) / (pLonUnwrapped - prev.lon());
                    double lat = prev.lat() + t * (p.lat() - prev.lat());
                    current.add(new LatLon(lat, side));
                    parts.add(current);
                    current = new ArrayList<>();
                    current.add(new LatLon(lat, -side));
                }
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** Bearing normalised to [0, 360). */
    public static double normalizeBearing(double degrees) {
        double b = degrees % 360.0;
        if (b < 0) {
            b += 360.0;
        }
        // A tiny negative input rounds to exactly 360 above; -0.0 + 0.0 is 0.0.
        return b >= 360.0 ? 0.0 : b + 0.0;
    }

    /** Longitude normalised to [-180, 180]. */
    public static double normalizeLon(double lon) {
        if (lon >= -180 && lon <= 180) {
            return lon;
        }
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l;
    }

    /** Eight-point compass name of a bearing in degrees: N, NE, E, SE, S, SW, W, NW. */
    public static String compass8(double bearingDegrees) {
        String[] names = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
        int idx = (int) Math.round(normalizeBearing(bearingDegrees) / 45.0) % 8;
        return names[idx];
    }
}
