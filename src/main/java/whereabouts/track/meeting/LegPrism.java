package whereabouts.track.meeting;

/**
 * The space–time prism of one leg, constrained to the leg's route (Kuijpers and Othman's network-constrained
 * prism): between reports at {@code t1} and {@code t2}, a subject that never exceeds {@code v_max} can be
 * anywhere on the route between
 * <pre>
 *   lo(t) = clamp( L − r2 − v_max·(t2 − t), 0, L )     (it must still reach the end in time)
 *   hi(t) = clamp( r1 + v_max·(t − t1),     0, L )     (it cannot have gone farther from the start)
 * </pre>
 * in km of route measure, where L is the leg's routed length and r1, r2 the reports' location uncertainties
 * (the start may already be r1 down the route, the end r2 short of it). Both bounds are piecewise linear in t
 * with at most one kink each (where they reach the end of the route), at the instants {@link #kinks}. A leg whose
 * reports cannot both be true at {@code v_max} (lo &gt; hi somewhere: an implausible leg) has an empty prism; we
 * then keep the whole route, [0, L], for the whole leg: contradictory reports rule nothing out.
 *
 * <p>The reports' time uncertainty does not enter (as in the position estimate, the prism is anchored at the
 * reported instants).
 *
 * @param legIndex   the leg's index in its trajectory
 * @param startMs    reported instant of the earlier report, epoch ms
 * @param endMs      reported instant of the later report, epoch ms, &gt; startMs
 * @param r1Km       location uncertainty of the earlier report, km
 * @param r2Km       location uncertainty of the later report, km
 * @param maxSpeedKmh the subject's top speed v_max, km/h, &gt; 0
 * @param shape      the leg's route
 */
record LegPrism(int legIndex, long startMs, long endMs, double r1Km, double r2Km, double maxSpeedKmh,
                RouteShape shape) {
    private static final double MS_PER_HOUR = 3_600_000.0;

    double lengthKm() {
        return shape.lengthKm();
    }

    /** True when the two reports cannot both hold at v_max: the prism is taken as the whole route. */
    boolean contradictory() {
        return lengthKm() - r1Km - r2Km > maxSpeedKmh * (endMs - startMs) / MS_PER_HOUR + 1e-9;
    }

    /** Lower bound of the route measure where the subject can be at {@code ms} (startMs ≤ ms ≤ endMs), km. */
    double lo(double ms) {
        if (contradictory()) {
            return 0;
        }
        double v = lengthKm() - r2Km - maxSpeedKmh * (endMs - ms) / MS_PER_HOUR;
        return Math.max(0, Math.min(lengthKm(), v));
    }

    /** Upper bound of the route measure where the subject can be at {@code ms}, km. */
    double hi(double ms) {
        if (contradictory()) {
            return lengthKm();
        }
        double v = r1Km + maxSpeedKmh * (ms - startMs) / MS_PER_HOUR;
        return Math.max(0, Math.min(lengthKm(), v));
    }

    /** The instants strictly inside the leg where lo or hi has a kink, epoch ms (0, 1 or 2 of them). */
    long[] kinks() {
        if (contradictory()) {
            return new long[0];
        }
        double hiFull = startMs + (lengthKm() - r1Km) / maxSpeedKmh * MS_PER_HOUR;
        double loLeaves = endMs - (lengthKm() - r2Km) / maxSpeedKmh * MS_PER_HOUR;
        long a = Math.round(hiFull);
        long b = Math.round(loLeaves);
        boolean aIn = a > startMs && a < endMs;
        boolean bIn = b > startMs && b < endMs;
        if (aIn && bIn) {
            return a == b ? new long[] {a} : new long[] {Math.min(a, b), Math.max(a, b)};
        }
        return aIn ? new long[] {a} : bIn ? new long[] {b} : new long[0];
    }
}
