package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.Station;

/**
 * Every station of the rail network in use is a place the geocoder finds, in every script it has a name in (issue
 * #10, part 4). Each query is checked against the station's own position in the network: the first candidate must
 * be within {@value #SAME_PLACE_KM} km of it (the station, or the town it is named after).
 */
class StationSearchApiTest extends ApiTestBase {
    private static final double SAME_PLACE_KM = 5;

    @ParameterizedTest(name = "{0} finds the station {1}")
    @CsvSource(delimiter = '|', textBlock = """
            하산               | Khasan
            Хасан              | Khasan
            Мучная             | Muchnaya (Chernigovka)
            Sibirtsevo         | Sibirtsevo
            Olenevod           | Olenevod
            Вторая Речка       | Vtoraya Rechka
            Kilju Chongnyon    | Kilju Chongnyon
            길주청년            | Kilju Chongnyon
            두만강              | Tumangang
            Hŭngnam            | Hŭngnam
            Ryazanovka         | Ryazanovka
            Рязановка          | Ryazanovka
            Kalli              | Kalli
            """)
    void aStationIsFoundByAnyOfItsNames(String query, String station) {
        Station s = TestServer.geodata().railNetwork().station(station)
                .orElseThrow(() -> new AssertionError("no station " + station + " in the network"));

        JsonNode first = server.get("/api/geocode?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json().get("features").get(0);

        LatLon found = new LatLon(first.get("geometry").get("coordinates").get(1).asDouble(),
                first.get("geometry").get("coordinates").get(0).asDouble());
        assertThat(Geodesy.distanceMeters(found, s.position()) / 1000)
                .as("%s: first candidate %s", query, first.get("properties").get("name").asText())
                .isCloseTo(0, within(SAME_PLACE_KM));
    }
}
