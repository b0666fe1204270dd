package whereabouts.geo;

/**
 * A longitude/latitude box in degrees, in GeoJSON's {@code bbox} order: west, south, east, north. Does not cross
 * the antimeridian ({@code minLon <= maxLon}).
 */
public record LonLatBox(double minLon, double minLat, double maxLon, double maxLat) {
    public LonLatBox {
        if (!(minLon >= -180 && maxLon <= 180 && minLon <= maxLon)) {
            throw new IllegalArgumentException("longitudes must satisfy -180 <= minLon <= maxLon <= 180, got "
                    + minLon + ", " + maxLon);
        }
        if (!(minLat >= -90 && maxLat <= 90 && minLat <= maxLat)) {
            throw new IllegalArgumentException("latitudes must satisfy -90 <= minLat <= maxLat <= 90, got "
                    + minLat + ", " + maxLat);
        }
    }

    public boolean contains(LatLon p) {
        return p.lon() >= minLon && p.lon() <= maxLon && p.lat() >= minLat && p.lat() <= maxLat;
    }

    /** The smallest box on a grid of {@code stepDegrees} that contains this one (clamped to the globe). */
    public LonLatBox snappedOutward(double stepDegrees) {
        return new LonLatBox(
                Math.max(-180, Math.floor(minLon / stepDegrees) * stepDegrees),
                Math.max(-90, Math.floor(minLat / stepDegrees) * stepDegrees),
                Math.min(180, Math.ceil(maxLon / stepDegrees) * stepDegrees),
                Math.min(90, Math.ceil(maxLat / stepDegrees) * stepDegrees));
    }

    /** {@code [minLon, minLat, maxLon, maxLat]}, GeoJSON's bbox member. */
    public double[] toGeoJson() {
        return new double[] {minLon, minLat, maxLon, maxLat};
    }
}
