package whereabouts.network.sea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whereabouts.geo.LatLon;
import whereabouts.network.Profile;
import whereabouts.network.Route;
import whereabouts.network.Router;

/**
 * Sea route lengths on MARNET against published port-to-port distances, each row within 5 %. The length compared
 * is the route on the network (SeaRoute's {@code distKM}); the distance from each port to the network
 * ({@code dFromKm}) is reported beside it and bounded. Port positions: the harbour basin, read off Natural Earth.
 */
class PortDistancesTest {
    private static final double KM_PER_NM = 1.852;
    static Router sea;

    @BeforeAll
    static void load() {
        sea = new Router(MarnetSource.shipped(), Profile.SEA); // as the server reads it: prepared at build time
    }

    @ParameterizedTest(name = "{0} – {3}: published {6} nm ({7})")
    @CsvSource(delimiter = '|', textBlock = """
        Singapore | 1.26  | 103.84 | Rotterdam   | 51.95  | 4.05    | 8288  | Port of Rotterdam Authority, press release on the Red Sea diversions, December 2023, as quoted by MFAME ('Red Sea Unrest To Have Limited Impact On Rotterdam's Dec. Tonnage'): 8,288 nm (15,349 km) via Suez
        Shanghai  | 31.23 | 121.49 | Rotterdam   | 51.95  | 4.05    | 10600 | Rodrigue, The Geography of Transport Systems / Port Economics, Management and Policy: 'Routing Options between Shanghai, Rotterdam and New York' (via Suez)
        New York  | 40.68 | -74.04 | Colombo     | 6.95   | 79.84   | 8604  | NGA Pub. 151 Distances Between Ports, as quoted in 'Distances between ports' (grokipedia) (via Gibraltar)
        Jeddah    | 21.48 | 39.17  | Constanța   | 44.17  | 28.65   | 1698  | Suez Canal Authority figures, seapace.com 'Influences of the Suez Canal on World Trade' (via Suez)
        Rajin     | 42.235| 130.38 | Vladivostok | 43.098 | 131.885 | 90    | ferrylines.com 2017, 'Ferry service launched between North Korea and Russia' (InvestStroiTrest: the 90-mile ride)
        """)
    void routeLengthIsWithinFivePercentOfThePublishedDistance(String from, double fromLat, double fromLon, String to,
            double toLat, double toLon, double publishedNm, String source) {
        Route r = sea.route(List.of(new LatLon(fromLat, fromLon), new LatLon(toLat, toLon)), "sea");
        assertThat(r.mode()).as(r.reason()).isEqualTo("sea");
        assertThat(r.lengthKm() / KM_PER_NM).as(from + " – " + to).isCloseTo(publishedNm, withinPercentage(5));
        assertThat(Math.max(r.snapStartKm(), r.snapEndKm())).isLessThan(Profile.SEA.maxSnapKm());
    }
}
