package whereabouts.track.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import whereabouts.geo.LatLon;

/**
 * A route's line prepared for distance queries between its pieces and another route's: vertices as
 * Earth-centred {@link Vec3}s, the route's measure (km along the route: km posts on rail, geodesic length
 * otherwise) at each vertex, and a bounding sphere per segment and for the whole line, so that most segment pairs
 * are ruled out by one comparison. A point at measure m lies on the segment whose measures bracket m, at the
 * fraction of that segment's measure span (linear referencing). Immutable and thread-safe.
 */
final class RouteShape {
    private final Vec3[] points;
    private final double[] measuresKm;
    private final Vec3[] segmentCentres;
    private final double[] segmentRadiiKm;
    private final Vec3 centre;
    private final double radiusKm;

    /** @param measuresKm one per point, starting at 0, never decreasing */
    RouteShape(List<LatLon> geometry, List<Double> measuresKm) {
        int n = geometry.size();
        this.points = new Vec3[n];
        this.measuresKm = new double[n];
        double origin = measuresKm.get(0);
        double cx = 0, cy = 0, cz = 0;
        for (int i = 0; i < n; i++) {
            points[i] = Vec3.of(geometry.get(i));
            this.measuresKm[i] = measuresKm.get(i) - origin;
            cx += points[i].x();
            cy += points[i].y();
            cz += points[i].z();
        }
        this.centre = new Vec3(cx / n, cy / n, cz / n);
        double r = 0;
        for (Vec3 p : points) {
            r = Math.max(r, p.chordKm(centre));
        }
        this.radiusKm = r;
        int segments = Math.max(1, n - 1);
        this.segmentCentres = new Vec3[segments];
        this.segmentRadiiKm = new double[segments];
        for (int i = 0; i < segments; i++) {
            Vec3 a = points[i];
            Vec3 b = points[Math.min(i + 1, n - 1)];
            segmentCentres[i] = a.lerp(b, 0.5);
            segmentRadiiKm[i] = a.chordKm(b) / 2;
        }
    }

    double lengthKm() {
        return measuresKm[measuresKm.length - 1];
    }

    /** The point at {@code km} along the route (clamped to the route). */
    Vec3 at(double km) {
        if (points.length == 1 || km <= 0) {
            return points[0];
        }
        if (km >= lengthKm()) {
            return points[points.length - 1];
        }
        int i = segmentOf(km);
        double span = measuresKm[i + 1] - measuresKm[i];
        return span > 0 ? points[i].lerp(points[i + 1], (km - measuresKm[i]) / span) : points[i];
    }

    LatLon latLonAt(double km) {
        return at(km).toLatLon();
    }

    /** The route between two measures as a line: the point at {@code fromKm}, the vertices between, the end. */
    List<LatLon> slice(double fromKm, double toKm) {
        List<LatLon> out = new ArrayList<>();
        out.add(latLonAt(fromKm));
        for (int i = 0; i < points.length; i++) {
            if (measuresKm[i] > fromKm && measuresKm[i] < toKm) {
                out.add(points[i].toLatLon());
            }
        }
        out.add(latLonAt(toKm));
        return out;
    }

    /** Index of the segment [i, i+1] holding measure km, 0 ≤ km ≤ length, for a line of ≥ 2 points. */
    private int segmentOf(double km) {
        int found = Arrays.binarySearch(measuresKm, km);
        int i = found >= 0 ? found : -found - 2;
        return Math.max(0, Math.min(i, points.length - 2));
    }

    /** The closest points of two route pieces, with their great-circle distance. */
    record Closest(double distanceKm, double kmA, double kmB, Vec3 a, Vec3 b) {
    }

    /**
     * The closest points between this route's piece [fromKm, toKm] and {@code other}'s piece [otherFromKm,
     * otherToKm]; stops searching as soon as a pair within {@code enoughKm} is found (pass 0 for the true
     * minimum). Returns null when every pair is farther than {@code beyondKm} (the caller only needs to know
     * that), so far-apart pieces cost a few sphere tests.
     */
    Closest closest(double fromKm, double toKm, RouteShape other, double otherFromKm, double otherToKm,
                    double enoughKm, double beyondKm) {
        double beyondChord = chordOf(beyondKm);
        if (centre.chordKm(other.centre) - radiusKm - other.radiusKm > beyondChord) {
            return null;
        }
        double bestSq = Double.POSITIVE_INFINITY;
        double best = beyondChord;
        Closest found = null;
        double enoughChord = chordOf(enoughKm);
        int[] mine = range(fromKm, toKm);
        int[] theirs = other.range(otherFromKm, otherToKm);
        for (int i = mine[0]; i <= mine[1]; i++) {
            double[] ends = clip(i, fromKm, toKm);
            Vec3 p1 = pointOn(i, ends[0]);
            Vec3 q1 = pointOn(i, ends[1]);
            for (int j = theirs[0]; j <= theirs[1]; j++) {
                if (segmentCentres[i].chordKm(other.segmentCentres[j]) - segmentRadiiKm[i]
                        - other.segmentRadiiKm[j] > best) {
                    continue;
                }
                double[] otherEnds = other.clip(j, otherFromKm, otherToKm);
                Vec3 p2 = other.pointOn(j, otherEnds[0]);
                Vec3 q2 = other.pointOn(j, otherEnds[1]);
                double[] st = SegmentDistance.closest(p1, q1, p2, q2);
                if (st[2] < bestSq && Math.sqrt(st[2]) <= best) {
                    bestSq = st[2];
                    best = Math.sqrt(st[2]);
                    double kmA = ends[0] + (ends[1] - ends[0]) * st[0];
                    double kmB = otherEnds[0] + (otherEnds[1] - otherEnds[0]) * st[1];
                    found = new Closest(Vec3.arcKm(best), kmA, kmB, p1.lerp(q1, st[0]), p2.lerp(q2, st[1]));
                    if (best <= enoughChord) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** The point at measure {@code km} of segment i (km within the segment's measures). */
    private Vec3 pointOn(int i, double km) {
        if (points.length < 2) {
            return points[0];
        }
        double span = measuresKm[i + 1] - measuresKm[i];
        if (span <= 0 || km <= measuresKm[i]) {
            return points[i];
        }
        return km >= measuresKm[i + 1] ? points[i + 1] : points[i].lerp(points[i + 1], (km - measuresKm[i]) / span);
    }

    private static double chordOf(double arcKm) {
        return 2 * Vec3.EARTH_RADIUS_KM * Math.sin(Math.min(Math.PI / 2, arcKm / (2 * Vec3.EARTH_RADIUS_KM)));
    }

    /** First and last segment index touching [fromKm, toKm]. */
    private int[] range(double fromKm, double toKm) {
        if (points.length < 2) {
            return new int[] {0, 0};
        }
        double from = Math.max(0, Math.min(fromKm, lengthKm()));
        double to = Math.max(from, Math.min(toKm, lengthKm()));
        return new int[] {segmentOf(from), segmentOf(to)};
    }

    /** Segment i's measures clipped to [fromKm, toKm]. */
    private double[] clip(int i, double fromKm, double toKm) {
        if (points.length < 2) {
            return new double[] {0, 0};
        }
        double a = Math.max(measuresKm[i], fromKm);
        double b = Math.min(measuresKm[i + 1], toKm);
        return b < a ? new double[] {a, a} : new double[] {a, b};
    }
}
