package whereabouts.track.meeting;

import whereabouts.geo.LatLon;

/**
 * A point on (or, for chords, under) the sphere of the Earth's mean radius, as Earth-centred coordinates in
 * kilometres. Straight segments between such points are the chords of great-circle arcs; at the few-kilometre
 * vertex spacing of our routes a chord lies within metres of its arc (sagitta {@code s²/8R}: 0.5 m for 5 km).
 */
record Vec3(double x, double y, double z) {
    /** IUGG mean radius R1 of the WGS84 ellipsoid, kilometres. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    static Vec3 of(LatLon p) {
        double lat = Math.toRadians(p.lat());
        double lon = Math.toRadians(p.lon());
        double c = Math.cos(lat);
        return new Vec3(EARTH_RADIUS_KM * c * Math.cos(lon), EARTH_RADIUS_KM * c * Math.sin(lon),
                EARTH_RADIUS_KM * Math.sin(lat));
    }

    LatLon toLatLon() {
        double lat = Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
        double lon = Math.toDegrees(Math.atan2(y, x));
        return new LatLon(lat, lon);
    }

    Vec3 lerp(Vec3 to, double f) {
        return new Vec3(x + (to.x - x) * f, y + (to.y - y) * f, z + (to.z - z) * f);
    }

    double chordKm(Vec3 o) {
        double dx = x - o.x;
        double dy = y - o.y;
        double dz = z - o.z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** The great-circle distance that a chord of {@code chordKm} spans, kilometres. */
    static double arcKm(double chordKm) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, chordKm / (2 * EARTH_RADIUS_KM)));
    }
}
