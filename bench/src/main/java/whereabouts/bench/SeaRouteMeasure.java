package whereabouts.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import whereabouts.geo.LatLon;
import whereabouts.network.Profile;
import whereabouts.network.sea.MarnetSource;
import whereabouts.network.RailNetwork;
import whereabouts.network.Router;

/**
 * Sea routing on the shipped MARNET network (issue #20): load time, first-route time (the contraction hierarchy
 * is prepared then), and the latency of routes between random pairs of 20 ports worldwide (p50, p99, max).
 * A plain program, not JMH: the figures are one cold load and a latency distribution.
 *
 * <pre>java -cp target/whereabouts.jar:bench/target/classes whereabouts.bench.SeaRouteMeasure 2000</pre>
 */
public final class SeaRouteMeasure {
    private static final double[][] PORTS = {
        {51.95, 4.05}, {1.26, 103.84}, {31.23, 121.49}, {40.68, -74.04}, {6.95, 79.84}, {21.48, 39.17},
        {44.17, 28.65}, {42.235, 130.38}, {43.098, 131.885}, {35.09, 129.06}, {35.45, 139.65}, {33.73, -118.26},
        {43.30, 5.36}, {22.29, 114.16}, {-33.90, 18.43}, {-23.98, -46.30}, {25.27, 55.29}, {53.54, 9.97},
        {59.93, 30.20}, {-33.86, 151.21},
    };

    private SeaRouteMeasure() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long t0 = System.nanoTime();
        RailNetwork marnet = MarnetSource.fromClasspath();
        long t1 = System.nanoTime();
        Router sea = new Router(marnet, Profile.SEA); // prepares the contraction hierarchy
        long t2 = System.nanoTime();
        System.out.printf("MARNET: %d nodes, %d edges; load %.2f s, router (hierarchy) %.2f s%n", marnet.nodeCount(),
                marnet.edgeCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        Random random = new Random(20);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] a = PORTS[random.nextInt(PORTS.length)];
            double[] b = PORTS[random.nextInt(PORTS.length)];
            long s = System.nanoTime();
            sea.route(List.of(new LatLon(a[0], a[1]), new LatLon(b[0], b[1])), "sea");
            ms.add((System.nanoTime() - s) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%d routes: p50 %.2f ms, p99 %.2f ms, max %.2f ms (the first: %.2f ms)%n", n,
                at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1], ms.get(0));
        System.out.println(Arrays.toString(new double[] {at(sorted, 0.9), at(sorted, 0.999)}));
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
