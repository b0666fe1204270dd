package whereabouts.network.osm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Douglas–Peucker thinning of one piece of line: drops the vertices that lie within {@link #TOLERANCE_METERS} of
 * the chord between the vertices kept around them, but never a pinned vertex (a km post, a station's own node) nor
 * the ends. OSM draws curves with a vertex every few metres; at 1 m the length changes by far less than 0.01 %
 * while a straight stretch keeps only its ends, so the server's graph is smaller.
 */
final class LineThinning {
    static final double TOLERANCE_METERS = 1.0;
    private static final double METERS_PER_DEGREE_LAT = 110_574.0;
    private static final double METERS_PER_DEGREE_LON = 111_320.0;

    private LineThinning() {
    }

    /** The kept node indexes of {@code nodes}, in order. */
    static List<Integer> thin(List<Integer> nodes, double[] lat, double[] lon, IntPredicate pinned) {
        int n = nodes.size();
        if (n <= 2) {
            return nodes;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int start = 0;
        for (int i = 1; i < n; i++) {
            if (i == n - 1 || pinned.test(nodes.get(i))) {
                keep[i] = true;
                simplify(nodes, lat, lon, start, i, keep);
                start = i;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(nodes.get(i));
            }
        }
        return out;
    }

    private static void simplify(List<Integer> nodes, double[] lat, double[] lon, int from, int to, boolean[] keep) {
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {from, to});
        while (!stack.isEmpty()) {
            int[] span = stack.pop();
            int a = span[0];
            int b = span[1];
            double worst = -1;
            int at = -1;
            for (int i = a + 1; i < b; i++) {
                double d = offChordMeters(nodes.get(a), nodes.get(b), nodes.get(i), lat, lon);
                if (d > worst) {
                    worst = d;
                    at = i;
                }
            }
            if (at >= 0 && worst > TOLERANCE_METERS) {
                keep[at] = true;
                stack.push(new int[] {a, at});
                stack.push(new int[] {at, b});
            }
        }
    }

    /** Distance of p from the segment a–b, metres, in a plane tangent at a (segments here are short). */
    private static double offChordMeters(int a, int b, int p, double[] lat, double[] lon) {
        double cos = Math.cos(Math.toRadians(lat[a]));
        double bx = (lon[b] - lon[a]) * cos * METERS_PER_DEGREE_LON;
        double by = (lat[b] - lat[a]) * METERS_PER_DEGREE_LAT;
        double px = (lon[p] - lon[a]) * cos * METERS_PER_DEGREE_LON;
        double py = (lat[p] - lat[a]) * METERS_PER_DEGREE_LAT;
        double len2 = bx * bx + by * by;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / len2));
        return Math.hypot(px - t * bx, py - t * by);
    }
}
