package whereabouts.geo;

/**
 * A WGS84 position. {@code lat} in degrees, [-90, 90]; {@code lon} in degrees, [-180, 180].
 * Note the order: query strings and this record use lat,lon; GeoJSON uses [lon, lat].
 */
public record LatLon(double lat, double lon) {
    public LatLon {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("lat must be a finite number within [-90, 90], got " + lat);
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("lon must be a finite number within [-180, 180], got " + lon);
        }
    }

    /** GeoJSON order: {@code [lon, lat]}. */
    public double[] toGeoJson() {
        return new double[] {lon, lat};
    }

    @Override
    public String toString() {
        return lat + "," + lon;
    }
}
