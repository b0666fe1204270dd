package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/** Snapping a point to the network finds the nearest segment by geodesic distance, however the index is fooled. */
class RailSnapTest {

    /*
     *  lat
     *  0.2 |                    B(0.2,0.2)
     *      |                 /
     *      |              /
     *      |           /           the diagonal's bounding box holds x, the diagonal itself is 7.9 km away;
     * 0.06 |        /    C------D  C–D (lon 0.14 to 0.19) is 1.1 km from x
     * 0.05 |     /         x       x at lon 0.15
     *    0 | A(0,0)
     *      +--------------------- lon
     */
    @Test
    void aSegmentWhoseBoxHoldsThePointIsNotTakenForTheNearest() throws Exception {
        RailNetwork net = RailNetwork.builder()
                .addLine("diagonal", line("LINESTRING (0 0, 0.2 0.2)"))
                .addLine("short", line("LINESTRING (0.14 0.06, 0.19 0.06)"))
                .build();
        LatLon x = new LatLon(0.05, 0.15);

        RailSnap snap = net.snap(x).orElseThrow();

        assertThat(snap.point().lat()).isCloseTo(0.06, within(1e-6));
        assertThat(snap.point().lon()).isCloseTo(0.15, within(1e-6));
        assertThat(snap.distanceMeters()).isCloseTo(Geodesy.distanceMeters(x, new LatLon(0.06, 0.15)), within(1.0));
    }

    /** Against every edge of the shipped network: no edge is nearer than the one the snap found (0.1 mm). */
    @Test
    void theSnapIsTheNearestOfAllEdgesOfTheShippedNetwork() {
        RailNetwork net = RailNetwork.fromClasspath();
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            // near the network (Korea, north-east China, the Russian Far East) and well away from it
            LatLon p = new LatLon(36 + random.nextDouble() * 16, 116 + random.nextDouble() * 20);
            RailSnap snap = net.snap(p).orElseThrow();
            double nearest = Double.MAX_VALUE;
            for (int e = 0; e < net.edgeCount(); e++) {
                nearest = Math.min(nearest, net.project(p, e).distanceMeters());
            }
            assertThat(snap.distanceMeters()).as("snap of " + p).isLessThanOrEqualTo(nearest + 1e-4);
        }
    }

    private static List<LatLon> line(String wkt) throws Exception {
        List<LatLon> points = new ArrayList<>();
        for (Coordinate c : new WKTReader().read(wkt).getCoordinates()) {
            points.add(new LatLon(c.y, c.x));
        }
        return points;
    }
}
