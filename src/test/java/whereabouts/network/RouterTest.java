package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import whereabouts.error.InvalidInputException;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;
import whereabouts.network.StationPass;

/**
 * Router behaviour on small hand-drawn networks near the equator (0.01 degree ≈ 1.11 km), lines given as WKT
 * (x = lon, y = lat). Expected lengths are computed with {@link Geodesy}, never typed in.
 */
class RouterTest {
    private static final double TOLERANCE_M = 50;

    /*
     *  A(0,0) ------- J(0,0.01) ------- B(0,0.02)      line 1, drawn with a vertex at J
     *                  :  (line 2 starts 11 m north of J, within the 50 m join tolerance)
     *                  |
     *                  C(-0.02,0.01)                   line 2
     */
    private static final String T_LINE_1 = "LINESTRING (0 0, 0.01 0, 0.02 0)";
    private static final String T_LINE_2 = "LINESTRING (0.01 0.0001, 0.01 -0.02)";

    @Test
    void linesMeetingWithinTheToleranceFormAJunction() {
        Router router = new Router(network(TOLERANCE_M, List.of(T_LINE_1, T_LINE_2)));

        Route route = router.route(List.of(ll(0, 0), ll(-0.02, 0.01)), Route.RAIL);

        double expected = m(ll(0, 0), ll(0, 0.01)) + m(ll(0, 0.01), ll(-0.02, 0.01));
        assertThat(route.mode()).isEqualTo(Route.RAIL);
        assertThat(route.lengthKm() * 1000).isCloseTo(expected, within(1.0));
        assertThat(route.geometry()).first().isEqualTo(ll(0, 0));
        assertThat(route.geometry()).contains(ll(0, 0.01)).last().isEqualTo(ll(-0.02, 0.01));
    }

    @Test
    void linesFartherApartThanTheToleranceStayDisconnectedAndFallBackToGeodesic() {
        Router router = new Router(network(5, List.of(T_LINE_1, T_LINE_2)));

        Route route = router.route(List.of(ll(0, 0), ll(-0.02, 0.01)), Route.RAIL);

        assertThat(route.mode()).isEqualTo(Route.GEODESIC);
        assertThat(route.reason()).contains("No rail connection");
        assertThat(route.lengthKm() * 1000).isCloseTo(m(ll(0, 0), ll(-0.02, 0.01)), within(0.001));
    }

    /*
     *  A(0,0) ---------------------------- B(0,0.1)
     *           ^ from (0.001, 0.03)   ^ to (0.001, 0.07): both ≈ 111 m north of the line
     */
    @Test
    void pointsBesideAnEdgeSnapMidEdgeAndRouteBetweenTheSnappedPoints() {
        Router router = new Router(network(TOLERANCE_M, List.of("LINESTRING (0 0, 0.1 0)")));

        Route route = router.route(List.of(ll(0.001, 0.03), ll(0.001, 0.07)), Route.RAIL);

        assertThat(route.geometry()).hasSize(2);
        assertThat(route.geometry().get(0).lat()).isCloseTo(0, within(1e-9));
        assertThat(route.geometry().get(0).lon()).isCloseTo(0.03, within(1e-9));
        assertThat(route.lengthKm() * 1000).isCloseTo(m(ll(0, 0.03), ll(0, 0.07)), within(1.0));
        assertThat(route.snapStartKm() * 1000).isCloseTo(m(ll(0.001, 0.03), ll(0, 0.03)), within(0.5));
        assertThat(route.snapEndKm() * 1000).isCloseTo(m(ll(0.001, 0.07), ll(0, 0.07)), within(0.5));
    }

    /*
     *  A(0,0) ------ B(0,0.05)          short way A-B-C
     *    |             |
     *    |             C(-0.05,0.05)
     *    |             |
     *  D(-0.2,0) --- E(-0.2,0.05)        long way A-D-E-C
     */
    @Test
    void theShorterOfTwoWaysIsTaken() {
        Router router = new Router(network(TOLERANCE_M, List.of(
                "LINESTRING (0 0, 0.05 0, 0.05 -0.05)",
                "LINESTRING (0 0, 0 -0.2, 0.05 -0.2, 0.05 -0.05)")));

        Route route = router.route(List.of(ll(0, 0), ll(-0.05, 0.05)), Route.RAIL);

        assertThat(route.geometry()).containsExactly(ll(0, 0), ll(0, 0.05), ll(-0.05, 0.05));
        assertThat(route.lengthKm() * 1000)
                .isCloseTo(m(ll(0, 0), ll(0, 0.05)) + m(ll(0, 0.05), ll(-0.05, 0.05)), within(1.0));
    }

    /*  A(0,0) ---- B(0,0.05) ---- C(0,0.1), stations at A, B, C; route A -> C -> B (C is a via point). */
    @Test
    void viaPointsAreVisitedInOrderAndStationsReportedInTravelOrder() {
        Router router = new Router(RailNetwork.builder()
                .addLine("abc", line("LINESTRING (0 0, 0.05 0, 0.1 0)"))
                .addStation("A", Map.of(), ll(0, 0), null, null)
                .addStation("B", Map.of(), ll(0, 0.05), null, null)
                .addStation("C", Map.of(), ll(0, 0.1), null, null)
                .build());

        Route route = router.route(List.of(ll(0, 0), ll(0, 0.1), ll(0, 0.05)), Route.RAIL);

        assertThat(route.stations()).extracting(StationPass::name).containsExactly("A", "B", "C", "B");
        double ab = m(ll(0, 0), ll(0, 0.05));
        double ac = m(ll(0, 0), ll(0, 0.1));
        assertThat(route.stations()).extracting(StationPass::kmFromStart)
                .containsExactly(0.0, ab / 1000, ac / 1000, (ac + ac - ab) / 1000);
        assertThat(route.lengthKm() * 1000).isCloseTo(ac + (ac - ab), within(1.0));
    }

    /*  KP: X(0,0) ---- border ---- Y(0,0.01) ---- Z(0,0.05) :RU */
    @Test
    void aBorderEdgeIsReportedOnceWithTheCountriesInTravelDirection() {
        RailNetwork net = RailNetwork.builder()
                .addLine("kp", line("LINESTRING (-0.05 0, 0 0)"))
                .addBorder("Bridge", "KP", "RU", line("LINESTRING (0 0, 0.005 0, 0.01 0)"))
                .addLine("ru", line("LINESTRING (0.01 0, 0.05 0)"))
                .build();
        Router router = new Router(net);

        Route east = router.route(List.of(ll(0, -0.05), ll(0, 0.05)), Route.RAIL);
        Route west = router.route(List.of(ll(0, 0.05), ll(0, -0.05)), Route.RAIL);

        assertThat(east.borderCrossings()).singleElement().satisfies(b -> {
            assertThat(b.fromCountry()).isEqualTo("KP");
            assertThat(b.toCountry()).isEqualTo("RU");
            assertThat(b.kmFromStart()).isBetween(m(ll(0, -0.05), ll(0, 0)) / 1000, m(ll(0, -0.05), ll(0, 0.01)) / 1000);
        });
        assertThat(west.borderCrossings()).singleElement().satisfies(b -> {
            assertThat(b.fromCountry()).isEqualTo("RU");
            assertThat(b.toCountry()).isEqualTo("KP");
        });
    }

    @Test
    void anEndFartherThanMaxSnapKmFallsBackToGeodesicWithAReason() {
        Router router = new Router(network(TOLERANCE_M, List.of("LINESTRING (0 0, 0.1 0)")), 25);

        Route route = router.route(List.of(ll(0, 0.05), ll(1.0, 0.05)), Route.RAIL);

        assertThat(route.mode()).isEqualTo(Route.GEODESIC);
        assertThat(route.reason()).contains("the end (waypoint 2)").contains("25 km");
        assertThat(route.geometry()).first().isEqualTo(ll(0, 0.05));
        assertThat(route.geometry()).last().isEqualTo(ll(1.0, 0.05));
        assertThat(route.lengthKm() * 1000).isCloseTo(m(ll(0, 0.05), ll(1.0, 0.05)), within(0.001));
    }

    @Test
    void fromEqualToToIsAZeroLengthRouteNotAnError() {
        Router router = new Router(network(TOLERANCE_M, List.of("LINESTRING (0 0, 0.1 0)")));

        Route route = router.route(List.of(ll(0.001, 0.03), ll(0.001, 0.03)), Route.RAIL);

        assertThat(route.mode()).isEqualTo(Route.RAIL);
        assertThat(route.lengthKm()).isZero();
        assertThat(route.geometry()).hasSize(2).allSatisfy(p -> assertThat(p.lon()).isCloseTo(0.03, within(1e-9)));
    }

    @Test
    void geodesicModeIsAGeodesicWithoutReason() {
        Router router = new Router(network(TOLERANCE_M, List.of("LINESTRING (0 0, 0.1 0)")));

        Route route = router.route(List.of(ll(0, 0), ll(0.5, 0.5)), Route.GEODESIC);

        assertThat(route.mode()).isEqualTo(Route.GEODESIC);
        assertThat(route.reason()).isNull();
        assertThat(route.lengthKm() * 1000).isCloseTo(m(ll(0, 0), ll(0.5, 0.5)), within(0.001));
    }

    @Test
    void anUnknownModeIsRejectedNamingTheField() {
        Router router = new Router(network(TOLERANCE_M, List.of("LINESTRING (0 0, 0.1 0)")));

        assertThatThrownBy(() -> router.route(List.of(ll(0, 0), ll(0, 0.1)), "plane"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("mode"));
        assertThatThrownBy(() -> router.route(List.of(ll(0, 0)), Route.RAIL))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("waypoints"));
    }

    @Test
    void aNetworkCanBeReadFromGeoJsonText() {
        String fc = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"line":"l","gauge_mm":1435},
                   "geometry":{"type":"LineString","coordinates":[[0,0],[0.1,0]]}},
                  {"type":"Feature","properties":{"name":"Mid","names":{"en":"Mid"},"km":5,"country":"KP"},
                   "geometry":{"type":"Point","coordinates":[0.05,0.0001]}}]}""";

        RailNetwork net = RailGeoJsonReader.networkOf(TOLERANCE_M, fc);

        assertThat(net.edgeCount()).isEqualTo(1);
        assertThat(net.station("Mid")).get().satisfies(s -> {
            assertThat(s.km()).isEqualTo(5.0);
            assertThat(s.country()).isEqualTo("KP");
        });
    }

    // --- helpers ---

    private static LatLon ll(double lat, double lon) {
        return new LatLon(lat, lon);
    }

    private static double m(LatLon a, LatLon b) {
        return Geodesy.distanceMeters(a, b);
    }

    private static RailNetwork network(double toleranceMeters, List<String> wktLines) {
        RailNetworkBuilder b = RailNetwork.builder().joinToleranceMeters(toleranceMeters);
        for (int i = 0; i < wktLines.size(); i++) {
            b.addLine("line " + i, line(wktLines.get(i)));
        }
        return b.build();
    }

    private static List<LatLon> line(String wkt) {
        try {
            List<LatLon> out = new ArrayList<>();
            for (Coordinate c : new WKTReader().read(wkt).getCoordinates()) {
                out.add(ll(c.y, c.x));
            }
            return out;
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
