package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;
import whereabouts.network.StationPass;

/** The journeys Whereabouts exists for, on the shipped network. */
class ShippedNetworkRoutesTest {
    private static final LatLon PYONGYANG = new LatLon(39.0339, 125.7543);
    private static final LatLon VLADIVOSTOK = new LatLon(43.1056, 131.8735);
    private static final LatLon HANOI = new LatLon(21.0245, 105.8412);
    private static Router router;

    @BeforeAll
    static void load() {
        router = new Router(RailNetwork.fromClasspath());
    }

    @Test
    void pyongyangToVladivostokGoesThroughTumangangThenKhasanCrossingIntoRussiaOnce() {
        Route route = router.route(List.of(PYONGYANG, VLADIVOSTOK), Route.RAIL);

        assertThat(route.mode()).isEqualTo(Route.RAIL);
        List<String> names = route.stations().stream().map(StationPass::name).toList();
        assertThat(names).containsSubsequence("Sunchon", "Rajin", "Tumangang", "Khasan", "Baranovsky", "Vladivostok");
        assertThat(route.borderCrossings()).singleElement().satisfies(b -> {
            assertThat(b.fromCountry()).isEqualTo("KP");
            assertThat(b.toCountry()).isEqualTo("RU");
        });
        double geodesicKm = Geodesy.distanceMeters(PYONGYANG, VLADIVOSTOK) / 1000;
        assertThat(route.lengthKm()).isBetween(1.2 * geodesicKm, 1400.0);
        assertThat(route.stations()).isSortedAccordingTo(
                (a, b) -> Double.compare(a.kmFromStart(), b.kmFromStart()));
    }

    @Test
    void pyongyangToHanoiCrossesIntoChinaAtDandongAndIntoVietnamAtDongDang() {
        Route route = router.route(List.of(PYONGYANG, HANOI), Route.RAIL);

        assertThat(route.borderCrossings()).extracting(b -> b.fromCountry() + ">" + b.toCountry())
                .containsExactly("KP>CN", "CN>VN");
        assertThat(route.stations()).extracting(StationPass::name)
                .containsSubsequence("Sinuiju Chongnyon", "Dandong", "Beijing", "Wuhan", "Nanning", "Dong Dang", "Hanoi");
    }

    @Test
    void theVostochnyBranchIsReachableFromKhabarovsk() {
        LatLon tsiolkovsky = new LatLon(51.767, 128.115);

        Route route = router.route(List.of(new LatLon(48.4827, 135.0838), tsiolkovsky), Route.RAIL);

        assertThat(route.mode()).isEqualTo(Route.RAIL);
        assertThat(route.stations()).extracting(StationPass::name).containsSubsequence("Svobodny", "Ledyanaya");
        assertThat(route.snapEndKm()).isLessThan(1);
    }
}
