package whereabouts.track.meeting;

/**
 * The closest points of two straight 3-D segments (Ericson, <i>Real-Time Collision Detection</i>, §5.1.9):
 * parameters s on the first, t on the second, both in [0, 1]. Works for degenerate (zero-length) segments.
 */
final class SegmentDistance {
    private static final double EPS = 1e-12;

    private SegmentDistance() {
    }

    /** @return {s, t, squared distance in km²} */
    static double[] closest(Vec3 p1, Vec3 q1, Vec3 p2, Vec3 q2) {
        double d1x = q1.x() - p1.x(), d1y = q1.y() - p1.y(), d1z = q1.z() - p1.z();
        double d2x = q2.x() - p2.x(), d2y = q2.y() - p2.y(), d2z = q2.z() - p2.z();
        double rx = p1.x() - p2.x(), ry = p1.y() - p2.y(), rz = p1.z() - p2.z();
        double a = d1x * d1x + d1y * d1y + d1z * d1z;
        double e = d2x * d2x + d2y * d2y + d2z * d2z;
        double f = d2x * rx + d2y * ry + d2z * rz;
        double s;
        double t;
        if (a <= EPS && e <= EPS) {
            s = 0;
            t = 0;
        } else if (a <= EPS) {
            s = 0;
            t = clamp(f / e);
        } else {
            double c = d1x * rx + d1y * ry + d1z * rz;
            if (e <= EPS) {
                t = 0;
                s = clamp(-c / a);
            } else {
                double b = d1x * d2x + d1y * d2y + d1z * d2z;
                double denom = a * e - b * b;
                s = denom > EPS ? clamp((b * f - c * e) / denom) : 0;
                t = (b * s + f) / e;
                if (t < 0) {
                    t = 0;
                    s = clamp(-c / a);
                } else if (t > 1) {
                    t = 1;
                    s = clamp((b - c) / a);
                }
            }
        }
        double dx = rx + d1x * s - d2x * t;
        double dy = ry + d1y * s - d2y * t;
        double dz = rz + d1z * s - d2z * t;
        return new double[] {s, t, dx * dx + dy * dy + dz * dz};
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
