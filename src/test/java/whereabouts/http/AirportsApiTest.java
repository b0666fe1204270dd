package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whereabouts.http.TestServer.Reply;

/** Airports (OpenFlights) are places: found by IATA code, ICAO code and name, and usable as route ends. */
class AirportsApiTest extends ApiTestBase {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VVO                  | Vladivostok International Airport     | RU | 43.399 | 132.148
            UHWW                 | Vladivostok International Airport     | RU | 43.399 | 132.148
            FNJ                  | Pyongyang Sunan International Airport | KP | 39.224 | 125.670
            LHR                  | London Heathrow Airport               | GB | 51.471 | -0.462
            London%20Heathrow    | London Heathrow Airport               | GB | 51.471 | -0.462
            """)
    void anAirportIsFoundByItsCodeOrName(String query, String name, String country, double lat, double lon) {
        Reply r = server.get("/api/geocode?q=" + query + "&limit=3");
        assertThat(r.status()).isEqualTo(200);
        JsonNode first = r.json().get("features").get(0);
        assertThat(first.get("properties").get("name").asText()).isEqualTo(name);
        assertThat(first.get("properties").get("featureCode").asText()).isEqualTo("AIRP");
        assertThat(first.get("properties").get("country").asText()).isEqualTo(country);
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isCloseTo(lat, within(0.001));
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isCloseTo(lon, within(0.001));
    }

    @Test
    void aCodeInLowerCaseDoesNotFindTheAirport() {
        // "the" is Teresina's IATA code (THE); typed in lower case it is a word, not an airport
        JsonNode features = server.get("/api/geocode?q=the&limit=50").json().get("features");
        for (JsonNode f : features) {
            assertThat(f.get("properties").get("matchedName").asText()).isNotEqualTo("THE");
        }
        JsonNode typed = server.get("/api/geocode?q=THE&limit=1").json().get("features").get(0);
        assertThat(typed.get("properties").get("name").asText()).isEqualTo("Senador Petrônio Portela Airport");
    }

    @Test
    void theDistanceBetweenTwoAirportsIsTheGeodesic() {
        Reply r = server.get("/api/distance?from=FNJ&to=VVO");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("from").get("place").get("name").asText()).contains("Sunan");
        // Sunan (39.2241, 125.6700) to Vladivostok airport (43.3990, 132.1480): 712.5 km by the haversine on a
        // sphere of mean radius, which the ellipsoid differs from by less than 0.5 %
        assertThat(r.json().get("distanceKm").asDouble()).isCloseTo(712.5, within(3.5));
    }

    @Test
    void anAirRouteIsTheGeodesicAndSaysSo() {
        Reply r = server.get("/api/route?from=FNJ&to=VVO&mode=air");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode p = r.json().get("properties");
        assertThat(p.get("mode").asText()).isEqualTo("geodesic");
        assertThat(p.get("requestedMode").asText()).isEqualTo("air");
        assertThat(p.get("reason").asText()).contains("great circle");
        assertThat(p.get("lengthKm").asDouble()).isCloseTo(712.5, within(3.5));
    }
}
