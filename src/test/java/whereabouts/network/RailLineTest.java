package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;
import whereabouts.network.StationPass;

/**
 * Linear referencing of a drawn line by km posts (RailLine.calibrate, and stations placed by their km post).
 * Fixture: five vertices along the equator, 0.1° apart (≈ 11.132 km each, {@link #D} km):
 * <pre>
 *   v0 -------- v1 -------- v2 -------- v3 -------- v4
 *   0°         0.1°        0.2°        0.3°        0.4°
 * </pre>
 */
class RailLineTest {
    private static final List<LatLon> EQUATOR = List.of(ll(0), ll(0.1), ll(0.2), ll(0.3), ll(0.4));
    /** Drawn length of one segment of the fixture, km. */
    private static final double D = Geodesy.distanceMeters(ll(0), ll(0.1)) / 1000.0;

    private static LatLon ll(double lon) {
        return new LatLon(0, lon);
    }

    private static RailLine calibrate(Double... kmPosts) {
        return RailLine.calibrate("test line", null, EQUATOR, Arrays.asList(kmPosts));
    }

    @Test
    void betweenTwoKmPostsTheMeasureIsInterpolatedAlongTheDrawing() {
        // km posts 100 at v1 and 130 at v3: 30 km of railway drawn as 2·D ≈ 22.3 km
        RailLine line = calibrate(null, 100.0, null, 130.0, null);

        assertThat(line.measureKm()[1]).isEqualTo(100.0);
        assertThat(line.measureKm()[2]).isCloseTo(115.0, within(1e-9));
        assertThat(line.measureKm()[3]).isEqualTo(130.0);
        assertThat(line.sources()[1]).isEqualTo(MeasureSource.KM_POST);
        assertThat(line.sources()[2]).isEqualTo(MeasureSource.KM_POST);
    }

    @Test
    void pastTheLastKmPostTheNearestStretchsFactorScalesTheDrawing() {
        RailLine line = calibrate(null, 100.0, null, 130.0, null);
        double factor = 30.0 / (2 * D);

        assertThat(line.measureKm()[0]).isCloseTo(100.0 - factor * D, within(1e-9));
        assertThat(line.measureKm()[4]).isCloseTo(130.0 + factor * D, within(1e-9));
        assertThat(line.sources()[0]).isEqualTo(MeasureSource.SCALED);
        assertThat(line.sources()[3]).isEqualTo(MeasureSource.SCALED);
    }

    @Test
    void kmPostsMayRunAgainstTheDrawingDirection() {
        // the Trans-Siberian is drawn from Vladivostok (km 9288) towards Moscow
        RailLine line = calibrate(9288.0, null, null, null, 9200.0);

        assertThat(line.measureKm()[2]).isCloseTo(9244.0, within(1e-9));
        assertThat(line.segmentKm(0)).isCloseTo(22.0, within(1e-9));
        assertThat(line.minKm()).isEqualTo(9200.0);
        assertThat(line.maxKm()).isEqualTo(9288.0);
    }

    @Test
    void aLineWithoutTwoKmPostsIsMeasuredByItsDrawing() {
        RailLine none = RailLine.calibrate("none", null, EQUATOR, null);
        RailLine one = calibrate(null, null, 50.0, null, null);

        assertThat(none.measureKm()[4]).isCloseTo(4 * D, within(1e-9));
        assertThat(one.measureKm()[2]).isEqualTo(50.0);
        assertThat(one.measureKm()[4]).isCloseTo(50.0 + 2 * D, within(1e-9));
        assertThat(none.sources()).containsOnly(MeasureSource.DRAWN);
        assertThat(one.sources()).containsOnly(MeasureSource.DRAWN);
    }

    @Test
    void aKmPostOutOfOrderIsIgnored() {
        // 500 at v1 (a typo) breaks the order 100 → 110 → 120 → 140: dropped, v1 interpolated between v0 and v2
        RailLine line = calibrate(100.0, 500.0, 110.0, 120.0, 140.0);

        assertThat(line.measureKm()[1]).isCloseTo(105.0, within(1e-9));
        assertThat(line.measureKm()[4]).isEqualTo(140.0);
    }

    @Test
    void aMeasureIsLocatedOnTheDrawingAndBecomesAVertex() {
        RailLine line = calibrate(0.0, null, null, null, 40.0);

        RailLine.Located at = line.locate(25.0).orElseThrow();

        assertThat(at.line().vertices()).hasSize(6);
        assertThat(at.line().measureKm()[at.vertex()]).isEqualTo(25.0);
        assertThat(at.position().lon()).isCloseTo(0.25, within(1e-6));
        assertThat(line.locate(41.0)).isEmpty();
    }

    /*
     *   A(0°) ======== km posts 0 … 40 ======== B(0.4°)      line "main", 40 km drawn as ≈ 44.5 km
     *                 K (km 10, no position of its own)
     */
    @Test
    void aStationWithOnlyAKmPostIsPlacedOnItsLineAndPassed() {
        RailNetwork net = RailNetwork.builder()
                .addLine("main", EQUATOR, Arrays.asList(0.0, null, null, null, 40.0))
                .addStation("A", Map.of(), ll(0), 0.0, "XX", "main")
                .addStation("K", Map.of("ru", "К"), null, 10.0, "XX", "main")
                .addStation("Nowhere", Map.of(), null, 10.0, "XX", "no such line")
                .addStation("B", Map.of(), ll(0.4), 40.0, "XX", "main")
                .build();
        Router router = new Router(net);

        Route route = router.route(List.of(ll(0), ll(0.4)), Route.RAIL);

        assertThat(net.stations()).extracting(Station::name).containsExactly("A", "K", "B");
        Station k = net.station("K").orElseThrow();
        assertThat(k.positionSource()).isEqualTo(RailNetworkBuilder.INTERPOLATED_FROM_KM_POST);
        assertThat(k.position().lon()).isCloseTo(0.1, within(1e-6));
        assertThat(route.lengthKm()).isCloseTo(40.0, within(1e-6));
        assertThat(route.drawnKm()).isCloseTo(4 * D, within(1e-3));
        assertThat(route.calibratedShare()).isCloseTo(1.0, within(1e-9));
        assertThat(route.stations()).extracting(StationPass::name).containsExactly("A", "K", "B");
        assertThat(route.stations().get(1).kmFromStart()).isCloseTo(10.0, within(1e-6));
    }

    /*
     *   X ==km posts 0…20== J ----drawn only---- Y       a route over both adds the measured pieces
     */
    @Test
    void aRouteAddsTheMeasuredPiecesOfEachLine() {
        RailNetwork net = RailNetwork.builder()
                .addLine("posted", EQUATOR.subList(0, 3), Arrays.asList(0.0, null, 20.0))
                .addLine("drawn", EQUATOR.subList(2, 5))
                .build();

        Route route = new Router(net).route(List.of(ll(0), ll(0.4)), Route.RAIL);

        assertThat(route.lengthKm()).isCloseTo(20.0 + 2 * D, within(1e-3));
        assertThat(route.calibratedKm()).isCloseTo(20.0, within(1e-6));
        assertThat(route.measuresKm()).first().isEqualTo(0.0);
        assertThat(route.measuresKm()).last().isEqualTo(route.lengthKm());
        assertThat(route.measuresKm()).isSorted();
    }
}
