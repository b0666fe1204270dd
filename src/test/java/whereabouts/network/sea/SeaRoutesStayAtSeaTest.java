package whereabouts.network.sea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whereabouts.geo.LatLon;
import whereabouts.network.Profile;
import whereabouts.network.Route;
import whereabouts.network.RailNetwork;
import whereabouts.network.Router;

/**
 * Sea routes never cross land: every point sampled each kilometre along the route, as drawn, is tested against
 * Natural Earth land (10m around Korea and Primorye, where the routes go round peninsulas; 50m for the world).
 *
 * <pre>
 *        Vladivostok *           Primorye
 *   Khasan   Amur Bay \__ Russky Island
 *   Tumen ~~\  Gamov peninsula    Ussuri Bay
 *   Rajin *--'--------------'
 *   (Korea)                      Sea of Japan
 *   Busan *
 * </pre>
 */
class SeaRoutesStayAtSeaTest {
    static final LatLon RAJIN = new LatLon(42.235, 130.38);
    static final LatLon VLADIVOSTOK = new LatLon(43.098, 131.885);
    static final LatLon BUSAN = new LatLon(35.09, 129.06);
    static final LatLon ROTTERDAM = new LatLon(51.95, 4.05);
    static final LatLon SINGAPORE = new LatLon(1.26, 103.84);

    static Router sea;
    static LandMask korea;
    static LandMask world;

    @BeforeAll
    static void load() {
        RailNetwork marnet = MarnetSource.shipped(); // as the server reads it: prepared at build time
        sea = new Router(marnet, Profile.SEA);
        korea = LandMask.load("/land/land-10m-korea-primorye.geojson");
        world = LandMask.load("/land/land-50m.geojson");
    }

    private static Route route(LatLon from, LatLon to) {
        Route r = sea.route(List.of(from, to), "sea");
        assertThat(r.mode()).as(r.reason()).isEqualTo("sea");
        return r;
    }

    @Test
    void rajinToVladivostokGoesRoundTheTumenDeltaAndTheGamovPeninsula() {
        Route r = route(RAJIN, VLADIVOSTOK);
        assertThat(korea.landPoints(r.geometry(), 1.0)).isEmpty();
        // the straight line between the two ports crosses Primorye: the route must not be it
        assertThat(korea.landPoints(List.of(RAJIN, VLADIVOSTOK), 1.0)).isNotEmpty();
    }

    @Test
    void busanToVladivostokGoesRoundKoreaAtSea() {
        Route r = route(BUSAN, VLADIVOSTOK);
        assertThat(korea.landPoints(r.geometry(), 1.0)).isEmpty();
        assertThat(korea.landPoints(List.of(BUSAN, VLADIVOSTOK), 1.0)).isNotEmpty();
    }

    @Test
    void everyApproachLaneIsAtSea() {
        for (List<LatLon> lane : MarnetSourceTest.approachLanes()) {
            assertThat(korea.landPoints(lane, 0.5)).as(lane.toString()).isEmpty();
        }
    }

    @Test
    void rotterdamToSingaporeStaysAtSeaExceptInTheSuezCanal() {
        Route r = route(ROTTERDAM, SINGAPORE);
        List<LatLon> onLand = world.landPoints(r.geometry(), 1.0).stream()
                .filter(p -> !inSuezCanal(p)).toList();
        // Natural Earth 1:50m draws coasts to about a kilometre; MARNET keeps clear of them
        assertThat(onLand).isEmpty();
    }

    /** The canal is land on a land map: 32.1–32.65 E, 29.85–31.35 N (Suez to Port Said). */
    private static boolean inSuezCanal(LatLon p) {
        return p.lon() >= 32.1 && p.lon() <= 32.65 && p.lat() >= 29.85 && p.lat() <= 31.35;
    }
}
