package whereabouts.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * One drawn line with a measure (chainage, km) at every vertex: linear referencing as railways and PostGIS's
 * {@code ST_AddMeasure}/{@code ST_InterpolatePoint} do it. Measures come from the km posts given at some vertices;
 * between two km posts they are interpolated along the drawn geometry; past the first or last km post they extend
 * with the calibration factor (km-post km per drawn km) of the nearest calibrated stretch; a line with fewer than
 * two usable km posts is measured by its drawn length (from its one km post, if any). Km posts that break the
 * monotone order along the line are ignored. Immutable.
 *
 * @param name      the line's name
 * @param border    the border crossing this line is, or null
 * @param vertices  the drawing, at least two points
 * @param measureKm the measure at each vertex, km; monotone (increasing or decreasing) along the line
 * @param sources   how the measure of each segment {@code i → i+1} was obtained
 */
public record RailLine(String name, BorderEdge border, List<LatLon> vertices, double[] measureKm,
                       MeasureSource[] sources) {

    public RailLine {
        vertices = List.copyOf(vertices);
        if (vertices.size() < 2 || measureKm.length != vertices.size() || sources.length != vertices.size() - 1) {
            throw new IllegalArgumentException("a line needs >= 2 vertices, a measure per vertex and a source per segment");
        }
    }

    /**
     * Calibrates a drawing by the km posts at its vertices.
     *
     * @param kmPosts a km post per vertex, null where there is none (the list may be null: no km posts)
     */
    public static RailLine calibrate(String name, BorderEdge border, List<LatLon> vertices, List<Double> kmPosts) {
        int n = vertices.size();
        double[] drawnKm = new double[n];
        for (int i = 1; i < n; i++) {
            drawnKm[i] = drawnKm[i - 1] + Geodesy.distanceMeters(vertices.get(i - 1), vertices.get(i)) / 1000.0;
        }
        int[] posts = usablePosts(kmPosts, drawnKm);
        double[] m = new double[n];
        MeasureSource[] src = new MeasureSource[n - 1];
        if (posts.length < 2) {
            double origin = posts.length == 1 ? kmPosts.get(posts[0]) - drawnKm[posts[0]] : 0.0;
            for (int i = 0; i < n; i++) {
                m[i] = origin + drawnKm[i];
            }
            Arrays.fill(src, MeasureSource.DRAWN);
            return new RailLine(name, border, vertices, m, src);
        }
        double first = kmPosts.get(posts[0]);
        double last = kmPosts.get(posts[posts.length - 1]);
        double direction = Math.signum(last - first);
        for (int j = 0; j + 1 < posts.length; j++) {
            int a = posts[j];
            int b = posts[j + 1];
            double ka = kmPosts.get(a);
            double factor = Math.abs(kmPosts.get(b) - ka) / (drawnKm[b] - drawnKm[a]);
            for (int i = a; i <= b; i++) {
                m[i] = ka + direction * factor * (drawnKm[i] - drawnKm[a]);
            }
            m[b] = kmPosts.get(b);
            Arrays.fill(src, a, b, MeasureSource.KM_POST);
        }
        int a0 = posts[0];
        double f0 = factor(kmPosts, drawnKm, posts[0], posts[1]);
        for (int i = 0; i < a0; i++) {
            m[i] = first - direction * f0 * (drawnKm[a0] - drawnKm[i]);
            src[i] = MeasureSource.SCALED;
        }
        int z = posts[posts.length - 1];
        double fz = factor(kmPosts, drawnKm, posts[posts.length - 2], z);
        for (int i = z + 1; i < n; i++) {
            m[i] = last + direction * fz * (drawnKm[i] - drawnKm[z]);
            src[i - 1] = MeasureSource.SCALED;
        }
        return new RailLine(name, border, vertices, m, src);
    }

    private static double factor(List<Double> kmPosts, double[] drawnKm, int a, int b) {
        return Math.abs(kmPosts.get(b) - kmPosts.get(a)) / (drawnKm[b] - drawnKm[a]);
    }

    /**
     * Indices of the km posts to use: finite, and the longest run of them that is strictly monotone along the line,
     * in the direction most consecutive pairs take, at distinct drawn positions (a post out of order is dropped).
     */
    private static int[] usablePosts(List<Double> kmPosts, double[] drawnKm) {
        if (kmPosts == null) {
            return new int[0];
        }
        List<Integer> given = new ArrayList<>();
        for (int i = 0; i < kmPosts.size() && i < drawnKm.length; i++) {
            Double k = kmPosts.get(i);
            if (k != null && Double.isFinite(k)) {
                given.add(i);
            }
        }
        int up = 0;
        for (int j = 1; j < given.size(); j++) {
            up += Double.compare(kmPosts.get(given.get(j)), kmPosts.get(given.get(j - 1)));
        }
        double direction = up >= 0 ? 1 : -1;
        // Longest strictly increasing run of direction × km (O(n²): a line has few km posts).
        int n = given.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int j = 0; j < n; j++) {
            length[j] = 1;
            previous[j] = -1;
            for (int i = 0; i < j; i++) {
                boolean ordered = direction * (kmPosts.get(given.get(j)) - kmPosts.get(given.get(i))) > 0
                        && drawnKm[given.get(j)] > drawnKm[given.get(i)];
                if (ordered && length[i] + 1 > length[j]) {
                    length[j] = length[i] + 1;
                    previous[j] = i;
                }
            }
            if (best < 0 || length[j] > length[best]) {
                best = j;
            }
        }
        int[] out = new int[best < 0 ? 0 : length[best]];
        for (int j = best, k = out.length - 1; j >= 0; j = previous[j], k--) {
            out[k] = given.get(j);
        }
        return out;
    }

    /** Measured length of segment {@code i → i+1}, km (never negative). */
    public double segmentKm(int i) {
        return Math.abs(measureKm[i + 1] - measureKm[i]);
    }

    /** The measure range covered by the line, [lowest, highest] km. */
    public double minKm() {
        return Math.min(measureKm[0], measureKm[measureKm.length - 1]);
    }

    public double maxKm() {
        return Math.max(measureKm[0], measureKm[measureKm.length - 1]);
    }

    /**
     * This line with a vertex at measure {@code km} (km posts' chainage), inserted on the drawing by interpolation
     * (PostGIS {@code ST_LocateAlong}); the same line when a vertex already has that measure. Empty when {@code km}
     * lies outside the line's measures.
     */
    public java.util.Optional<Located> locate(double km) {
        for (int i = 0; i + 1 < measureKm.length; i++) {
            double lo = Math.min(measureKm[i], measureKm[i + 1]);
            double hi = Math.max(measureKm[i], measureKm[i + 1]);
            if (km < lo || km > hi) {
                continue;
            }
            if (km == measureKm[i]) {
                return java.util.Optional.of(new Located(this, i));
            }
            if (km == measureKm[i + 1]) {
                return java.util.Optional.of(new Located(this, i + 1));
            }
            double t = (km - measureKm[i]) / (measureKm[i + 1] - measureKm[i]);
            List<LatLon> v = new ArrayList<>(vertices);
            v.add(i + 1, Geodesy.interpolate(vertices.get(i), vertices.get(i + 1), t));
            double[] m = new double[measureKm.length + 1];
            System.arraycopy(measureKm, 0, m, 0, i + 1);
            m[i + 1] = km;
            System.arraycopy(measureKm, i + 1, m, i + 2, measureKm.length - i - 1);
            MeasureSource[] s = new MeasureSource[sources.length + 1];
            System.arraycopy(sources, 0, s, 0, i + 1);
            s[i + 1] = sources[i];
            System.arraycopy(sources, i + 1, s, i + 2, sources.length - i - 1);
            return java.util.Optional.of(new Located(new RailLine(name, border, v, m, s), i + 1));
        }
        return java.util.Optional.empty();
    }

    /** A line and the index of the vertex at a located measure. */
    public record Located(RailLine line, int vertex) {
        public LatLon position() {
            return line.vertices().get(vertex);
        }
    }
}
