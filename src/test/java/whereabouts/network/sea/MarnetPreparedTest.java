package whereabouts.network.sea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import whereabouts.geo.LatLon;
import whereabouts.network.Profile;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkSnapshot;
import whereabouts.network.Route;
import whereabouts.network.Router;

/**
 * The sea network the server reads at start (prepared at build time by PrepareGeodata, graph and contraction
 * hierarchy in one file) is the network built from the shipped GeoJSON: same nodes and edges, and the same route
 * (length, geometry, measures, snap distances) for hundreds of pairs of points all over the world's seas.
 */
class MarnetPreparedTest {

    @Test
    void thePreparedNetworkIsOnTheClasspathForTheGeoJsonShippedNow() throws Exception {
        try (InputStream in = MarnetSource.class.getResourceAsStream(MarnetSource.PREPARED_CLASSPATH)) {
            assertThat(in).as("the build (process-classes) writes " + MarnetSource.PREPARED_CLASSPATH).isNotNull();
            assertThat(RailNetworkSnapshot.sourceKey(in)).isEqualTo(MarnetSource.sourceKey());
        }
    }

    @Test
    void thePreparedNetworkRoutesExactlyAsTheOneBuiltFromGeoJson() {
        RailNetwork built = MarnetSource.fromClasspath();
        RailNetwork prepared = MarnetSource.shipped();
        assertThat(prepared).isNotSameAs(built);
        assertThat(prepared.nodes()).isEqualTo(built.nodes());
        assertThat(prepared.edgeCount()).isEqualTo(built.edgeCount());
        assertThat(prepared.lines()).hasSameSizeAs(built.lines());

        Router before = new Router(built, Profile.SEA);
        Router after = new Router(prepared, Profile.SEA);
        Random random = new Random(20);
        List<LatLon> ports = List.of(new LatLon(51.95, 4.05), new LatLon(1.26, 103.84), new LatLon(35.10, 129.04),
                new LatLon(43.098, 131.885), new LatLon(42.235, 130.38), new LatLon(31.23, 121.49));
        int routed = 0;
        for (int i = 0; i < 400; i++) {
            List<LatLon> ends = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                // a port, or a lane vertex moved up to ~50 km off the lane
                LatLon p = random.nextInt(4) == 0 ? ports.get(random.nextInt(ports.size()))
                        : built.nodes().get(random.nextInt(built.nodeCount()));
                ends.add(new LatLon(Math.max(-89, Math.min(89, p.lat() + (random.nextDouble() - 0.5) * 0.9)),
                        Math.max(-180, Math.min(180, p.lon() + (random.nextDouble() - 0.5) * 0.9))));
            }
            Route expected = before.route(ends, Route.SEA);
            assertThat(after.route(ends, Route.SEA)).as("%s", ends).isEqualTo(expected);
            routed += expected.mode().equals(Route.SEA) ? 1 : 0;
        }
        assertThat(routed).as("pairs routed on the lanes, not geodesic").isGreaterThan(300);
    }
}
