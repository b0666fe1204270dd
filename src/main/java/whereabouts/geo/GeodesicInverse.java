package whereabouts.geo;

/**
 * Result of the inverse geodesic problem between two points.
 *
 * @param distanceMeters        length of the geodesic, metres
 * @param initialBearingDegrees azimuth at the start, degrees clockwise from north, [0, 360)
 * @param finalBearingDegrees   azimuth at the end, degrees clockwise from north, [0, 360)
 */
public record GeodesicInverse(double distanceMeters, double initialBearingDegrees, double finalBearingDegrees) {
    public double distanceKm() {
        return distanceMeters / 1000.0;
    }
}
