package whereabouts.bench;

import java.util.List;
import whereabouts.geo.LatLon;
import whereabouts.network.Profile;
import whereabouts.network.RailNetwork;
import whereabouts.network.Route;
import whereabouts.network.Router;
import whereabouts.network.sea.MarnetSource;

/**
 * What the sea network costs a server's start (issue #20): building MARNET from the shipped GeoJSON and preparing
 * its contraction hierarchy (what every start did before), against reading the file prepared at build time
 * ({@link MarnetSource#shipped()}: graph and hierarchy). Each is timed up to its first route (Rotterdam –
 * Singapore), in rounds, in one JVM. A plain program, not JMH: wall times, upper bounds on a busy machine.
 *
 * <pre>java -cp target/whereabouts.jar:/tmp/m whereabouts.bench.SeaStartMeasure 3</pre>
 */
public final class SeaStartMeasure {
    private static final List<LatLon> ROTTERDAM_SINGAPORE = List.of(new LatLon(51.95, 4.05), new LatLon(1.26, 103.84));

    private SeaStartMeasure() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            RailNetwork built = MarnetSource.fromClasspath();
            long t1 = System.nanoTime();
            Route a = new Router(built, Profile.SEA).route(ROTTERDAM_SINGAPORE, Route.SEA);
            long t2 = System.nanoTime();
            RailNetwork read = MarnetSource.shipped();
            long t3 = System.nanoTime();
            Route b = new Router(read, Profile.SEA).route(ROTTERDAM_SINGAPORE, Route.SEA);
            long t4 = System.nanoTime();
            System.out.printf("round %d: built %.2f s + hierarchy and first route %.2f s = %.2f s | prepared read %.2f s"
                    + " + first route %.3f s = %.2f s | same route: %b (%.1f km)%n", r, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (t2 - t0) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t4 - t2) / 1e9,
                    a.equals(b), b.lengthKm());
        }
    }
}
