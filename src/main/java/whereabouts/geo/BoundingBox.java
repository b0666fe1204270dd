package whereabouts.geo;

/**
 * A latitude/longitude box in degrees (WGS 84), edges included: the points with minLat ≤ lat ≤ maxLat and
 * minLon ≤ lon ≤ maxLon. Boxes across the antimeridian are not supported (minLon ≤ maxLon).
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BoundingBox {
        if (!(minLon >= -180 && maxLon <= 180 && minLon <= maxLon)) {
            throw new IllegalArgumentException("longitudes must satisfy -180 ≤ minLon ≤ maxLon ≤ 180");
        }
        if (!(minLat >= -90 && maxLat <= 90 && minLat <= maxLat)) {
            throw new IllegalArgumentException("latitudes must satisfy -90 ≤ minLat ≤ maxLat ≤ 90");
        }
    }

    public boolean contains(LatLon p) {
        return p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
    }

    /**
     * How far, in degrees of latitude, a great circle between two points on one parallel {@code maxLon - minLon}
     * apart can bulge away from that parallel, at the worst latitude (atan √cos(Δλ/2)). A box widened by this on
     * both sides has great-circle edges that enclose this whole box (lon span below 180°).
     */
    public double greatCircleSagDeg() {
        double c = Math.cos(Math.toRadians(maxLon - minLon) / 2);
        double worst = Math.atan(Math.sqrt(c));
        return Math.toDegrees(Math.atan(Math.tan(worst) / c) - worst);
    }
}
