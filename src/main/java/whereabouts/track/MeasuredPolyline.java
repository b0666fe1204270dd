package whereabouts.track;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * A polyline with the distance from its start to every vertex precomputed (its geodesic length, or given measures
 * such as a rail route's km-post chainage), so that the point at a given distance along it is found by binary
 * search plus one geodesic interpolation within a segment: O(log n) per query. Immutable and thread-safe.
 */
public final class MeasuredPolyline {
    private final List<LatLon> points;
    /** cumulativeMeters[i] = distance along the line to points[i], metres; cumulativeMeters[0] = 0. */
    private final double[] cumulativeMeters;

    /** @param points at least one vertex; a single vertex is a line of length 0 */
    public MeasuredPolyline(List<LatLon> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a polyline needs at least one point");
        }
        this.points = List.copyOf(points);
        this.cumulativeMeters = new double[this.points.size()];
        for (int i = 1; i < cumulativeMeters.length; i++) {
            cumulativeMeters[i] = cumulativeMeters[i - 1]
                    + Geodesy.distanceMeters(this.points.get(i - 1), this.points.get(i));
        }
    }

    /**
     * A polyline measured by the given distances rather than by its drawn length (linear referencing).
     *
     * @param points     at least one vertex
     * @param measuresKm distance along the line at each vertex, km: same size as {@code points}, starting at 0 and
     *                   never decreasing
     */
    public MeasuredPolyline(List<LatLon> points, List<Double> measuresKm) {
        if (points.isEmpty() || measuresKm.size() != points.size()) {
            throw new IllegalArgumentException("a polyline needs at least one point and one measure per point");
        }
        this.points = List.copyOf(points);
        this.cumulativeMeters = new double[this.points.size()];
        double origin = measuresKm.get(0);
        for (int i = 0; i < cumulativeMeters.length; i++) {
            double m = (measuresKm.get(i) - origin) * 1000.0;
            if (i > 0 && !(m >= cumulativeMeters[i - 1])) {
                throw new IllegalArgumentException("measures must not decrease: " + measuresKm);
            }
            cumulativeMeters[i] = m;
        }
    }

    public List<LatLon> points() {
        return points;
    }

    /** Length of the whole line (geodesic, or by the given measures), metres. */
    public double lengthMeters() {
        return cumulativeMeters[cumulativeMeters.length - 1];
    }

    /**
     * The point {@code distanceMeters} along the line from its start, walking the vertices by cumulative
     * geodesic length and interpolating geodesically within the segment. Distances are clamped to
     * [0, {@link #lengthMeters()}].
     */
    public LatLon pointAtMeters(double distanceMeters) {
        if (!(distanceMeters > 0)) {
            return points.get(0);
        }
        if (distanceMeters >= lengthMeters()) {
            return points.get(points.size() - 1);
        }
        int found = Arrays.binarySearch(cumulativeMeters, distanceMeters);
        if (found >= 0) {
            return points.get(found);
        }
        int end = -found - 1; // first vertex beyond the distance; end >= 1 because distance > 0 = cum[0]
        int start = end - 1;
        double segment = cumulativeMeters[end] - cumulativeMeters[start];
        double f = segment > 0 ? (distanceMeters - cumulativeMeters[start]) / segment : 0;
        return Geodesy.interpolate(points.get(start), points.get(end), f);
    }

    /**
     * The part of the line between two distances from its start, clamped to [0, {@link #lengthMeters()}]: the
     * point at {@code fromMeters}, every vertex strictly between, and the point at {@code toMeters}.
     *
     * @throws IllegalArgumentException when {@code toMeters < fromMeters}
     */
    public List<LatLon> slice(double fromMeters, double toMeters) {
        if (toMeters < fromMeters) {
            throw new IllegalArgumentException("slice end " + toMeters + " m before its start " + fromMeters + " m");
        }
        double from = Math.max(0, Math.min(fromMeters, lengthMeters()));
        double to = Math.max(0, Math.min(toMeters, lengthMeters()));
        List<LatLon> out = new ArrayList<>();
        out.add(pointAtMeters(from));
        int found = Arrays.binarySearch(cumulativeMeters, from);
        for (int i = found >= 0 ? found + 1 : -found - 1; i < points.size() && cumulativeMeters[i] < to; i++) {
            out.add(points.get(i));
        }
        out.add(pointAtMeters(to));
        return out;
    }

    /** The point a fraction [0, 1] of the line's length along it (clamped). */
    public LatLon pointAtFraction(double fraction) {
        return pointAtMeters(fraction * lengthMeters());
    }
}
