package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;

/**
 * The shipped network (geodata/rail) against published section lengths. The table is the one in
 * geodata/README.md: published km from the cited sources (km-post differences where both ends have one, with the
 * better-cited km post where sources disagree); measured = rail route between the two station points, by the
 * lines' km-post measures (linear referencing). Every section must be within ±5 %. Sections that span several
 * lines (Khasan – Ussuriysk, Vladivostok – Spassk-Dalny, Pyongyang – Vladivostok) check how the measured pieces
 * add up at junctions and border crossings.
 */
class ShippedNetworkSectionsTest {
    private static Router router;

    @BeforeAll
    static void load() {
        router = new Router(RailNetwork.fromClasspath());
    }

    @ParameterizedTest(name = "{0} – {1}: published {2} km, within ±5 %")
    @CsvSource(delimiter = '|', textBlock = """
            Hongui           | Tumangang          | 9.5
            Khasan           | Rajin              | 57.1
            Baranovsky       | Khasan             | 238
            Khasan           | Ussuriysk          | 260
            Baranovsky       | Primorsky          | 87
            Vladivostok      | Baranovsky         | 89
            Vladivostok      | Spassk-Dalny       | 239
            Spassk-Dalny     | Khabarovsk-1       | 529
            Khabarovsk-1     | Bureya             | 491
            Bureya           | Belogorsk          | 157
            Belogorsk        | Svobodny           | 66
            Volochayevka-II  | Komsomolsk-on-Amur | 330
            Pyongyang        | Rajin              | 819
            Pyongyang        | Sinuiju Chongnyon  | 225.1
            Shenyang         | Benxi              | 84
            Benxi            | Fenghuangcheng     | 133
            Shenyang         | Dandong            | 270
            Hengyang         | Guilin             | 362
            Guilin           | Liuzhou            | 176
            Liuzhou          | Nanning            | 255
            Hengyang         | Youyiguan          | 1013
            Hanoi            | Dong Dang          | 163
            Pyongyang        | Vladivostok        | 1200
            Beijing          | Shenyang           | 865
            Beijing          | Hengyang           | 1773
            Tianjin          | Qinhuangdao        | 285
            Zhengzhou        | Changsha           | 898
            """)
    void sectionLengthMatchesPublishedFigure(String from, String to, double publishedKm) {
        Route route = router.route(List.of(position(from), position(to)), Route.RAIL);

        assertThat(route.mode()).isEqualTo(Route.RAIL);
        double diffPercent = (route.lengthKm() - publishedKm) / publishedKm * 100;
        System.out.printf("SECTION | %s – %s | %.1f | %.1f | %+.1f %% | %.1f | %.0f %%%n", from, to, publishedKm,
                route.lengthKm(), diffPercent, route.drawnKm(), route.calibratedShare() * 100);
        assertThat(diffPercent).as("%s – %s measured %.1f km", from, to, route.lengthKm()).isBetween(-5.0, 5.0);
    }

    private static LatLon position(String station) {
        return router.network().station(station).orElseThrow(() -> new AssertionError("no station " + station))
                .position();
    }
}
