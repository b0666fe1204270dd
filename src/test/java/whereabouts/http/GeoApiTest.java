package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whereabouts.http.TestServer.Reply;

/** Geocoding, reverse geocoding, distances and routes over HTTP, and place names in sightings. */
class GeoApiTest extends ApiTestBase {

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void geocodeReturnsRankedPointsAndKhasanIsTheBorderSettlement() {
        Reply r = server.get("/api/geocode?q=Khasan&limit=3");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        JsonNode first = r.json().get("features").get(0);
        assertThat(first.get("properties").get("country").asText()).isEqualTo("RU");
        assertThat(first.get("properties").get("geonameId").asLong()).isEqualTo(2022586);
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isCloseTo(130.65, within(0.01));
        assertThat(first.get("properties").get("matchedName").asText()).isEqualTo("Khasan");
        assertThat(first.get("properties").has("score")).isTrue();
        assertThat(first.get("properties").has("population")).isTrue();
        assertThat(r.json().get("features")).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void geocodeUnderstandsOtherScriptsAndAutocompletes() {
        assertThat(server.get("/api/geocode?q=" + enc("평양")).json().get("features").get(0).get("properties")
                .get("name").asText()).isEqualTo("Pyongyang");
        assertThat(server.get("/api/geocode?q=" + enc("Владивосток")).json().get("features").get(0)
                .get("properties").get("geonameId").asLong()).isEqualTo(2013348);
        JsonNode prefix = server.get("/api/geocode?q=Vladiv&limit=5").json().get("features").get(0);
        assertThat(prefix.get("properties").get("matchType").asText()).isEqualTo("prefix");
        assertThat(prefix.get("properties").get("name").asText()).isEqualTo("Vladivostok");
    }

    @ParameterizedTest(name = "{0} → 400 on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            q=                          | q
            limit=3                     | q
            q=%07Khasan                 | q
            q=Khasan&limit=0            | limit
            q=Khasan&limit=51           | limit
            q=Khasan&limit=ten          | limit
            q=Khasan&near=91,0          | near
            q=Khasan&near=north         | near
            """)
    void badGeocodeInputIs400(String query, String field) {
        Reply r = server.get("/api/geocode?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("message").asText()).isNotBlank();
    }

    @Test
    void aQueryOver200CharactersIs400() {
        Reply r = server.get("/api/geocode?q=" + "k".repeat(201));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("q");
    }

    @Test
    void reverseGivesTheNearestPlaceWithDistanceAndBearing() {
        Reply r = server.get("/api/reverse?lat=42.5&lon=130.8");
        assertThat(r.status()).isEqualTo(200);
        JsonNode p = r.json().get("properties");
        assertThat(p.get("name").asText()).isEqualTo("Khasan");
        assertThat(p.get("distanceKm").asDouble()).isCloseTo(14.85, within(0.1));
        assertThat(p.get("compass").asText()).isEqualTo("NE");
        assertThat(p.get("text").asText()).isEqualTo("15 km NE of Khasan");
    }

    @ParameterizedTest(name = "{0} → 400 on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lat=91&lon=0        | lat
            lat=0&lon=181       | lon
            lat=x&lon=0         | lat
            lon=0               | lat
            lat=1&lon=2&maxKm=0 | maxKm
            """)
    void badReverseInputIs400(String query, String field) {
        Reply r = server.get("/api/reverse?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
    }

    @Test
    void reverseInTheMiddleOfTheOceanIs404() {
        Reply r = server.get("/api/reverse?lat=0&lon=-140");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void pyongyangToVladivostokIsAbout684Km() {
        Reply r = server.get("/api/distance?from=Pyongyang&to=Vladivostok");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("distanceKm").asDouble()).isCloseTo(684, within(6.84));
        assertThat(r.json().get("initialBearingDegrees").asDouble()).isBetween(40.0, 55.0);
        assertThat(r.json().get("to").get("place").get("country").asText()).isEqualTo("RU");
    }

    @Test
    void distanceAcceptsCoordinatesAndTheSamePlaceIsZero() {
        Reply r = server.get("/api/distance?from=" + enc("42.42387,130.65156") + "&to=Khasan");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("distanceMeters").asDouble()).isCloseTo(0, within(0.001));
    }

    @Test
    void theRailRouteFromPyongyangToVladivostokCrossesAtTumangangThenKhasan() {
        Reply r = server.get("/api/route?from=Pyongyang&to=Vladivostok");
        assertThat(r.status()).isEqualTo(200);
        JsonNode p = r.json().get("properties");
        assertThat(p.get("mode").asText()).isEqualTo("rail");
        List<String> stations = new ArrayList<>();
        p.get("stations").forEach(s -> stations.add(s.get("name").asText()));
        assertThat(stations).contains("Tumangang", "Khasan");
        assertThat(stations.indexOf("Tumangang")).isLessThan(stations.indexOf("Khasan"));
        assertThat(p.get("borderCrossings")).hasSize(1);
        assertThat(p.get("borderCrossings").get(0).get("fromCountry").asText()).isEqualTo("KP");
        assertThat(p.get("borderCrossings").get(0).get("toCountry").asText()).isEqualTo("RU");
        assertThat(p.get("lengthKm").asDouble()).isGreaterThan(684); // the rails are longer than the geodesic
        assertThat(r.json().get("geometry").get("type").asText()).isEqualTo("LineString");
    }

    @Test
    void viaPointsAreVisitedInOrderAndGeodesicModeIsStraight() {
        Reply via = server.get("/api/route?from=Vladivostok&to=Khabarovsk&via=Ussuriysk");
        assertThat(via.status()).isEqualTo(200);
        assertThat(via.json().get("properties").get("via").get(0).get("place").get("name").asText())
                .isEqualTo("Ussuriysk");
        Reply straight = server.get("/api/route?from=Pyongyang&to=Vladivostok&mode=geodesic");
        assertThat(straight.json().get("properties").get("mode").asText()).isEqualTo("geodesic");
        assertThat(straight.json().get("properties").get("lengthKm").asDouble()).isCloseTo(684.5, within(1.0));
    }

    @Test
    void farFromTheNetworkTheRouteFallsBackToAGeodesicWithAReason() {
        Reply r = server.get("/api/route?from=Pyongyang&to=" + enc("35.68,139.69")); // Tokyo: no rail link
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("properties").get("mode").asText()).isEqualTo("geodesic");
        assertThat(r.json().get("properties").get("reason").asText()).isNotBlank();
    }

    @Test
    void fromEqualsToIsAZeroLengthAnswer() {
        Reply r = server.get("/api/route?from=Khasan&to=Khasan");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("properties").get("lengthKm").asDouble()).isZero();
    }

    @ParameterizedTest(name = "{0} → {1} {2} on {3}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/route?from=Pyongyang&to=Vladivostok&mode=bus | 400 | invalid_field  | mode
            /api/route?from=91.5,10&to=Khasan                 | 400 | invalid_field  | from
            /api/route?to=Khasan                              | 400 | missing_field  | from
            /api/route?from=Pyongyang&to=Xqzzyvw              | 422 | unknown_place  | to
            /api/distance?from=Vladivostock&to=Khasan         | 422 | unknown_place  | from
            /api/distance?from=Khasan&to=42°99'N+130°E        | 400 | invalid_field  | to
            """)
    void badRouteInput(String path, int status, String code, String field) {
        Reply r = server.get(path.replace("°", "%C2%B0").replace("'", "%27"));
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).isEqualTo(code);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
    }

    @Test
    void aTypoGets422WithTheCandidateToPick() {
        Reply r = server.get("/api/distance?from=Vladivostock&to=Khasan");
        assertThat(r.json().get("message").asText()).contains("Did you mean Vladivostok");
        assertThat(r.json().get("candidates").get(0).get("geonameId").asLong()).isEqualTo(2013348);
    }

    @Test
    void anAmbiguousNameIs422AndTheMessageTellsThePlacesApart() {
        Reply r = server.get("/api/distance?from=Springfield&to=Khasan");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("error").asText()).isEqualTo("ambiguous_place");
        assertThat(r.json().get("message").asText()).matches("'Springfield' could be Springfield, US \\(-?\\d+\\.\\d\\d, "
                + "-?\\d+\\.\\d\\d\\) or Springfield, US \\(.*\\)\\. Pick one, or give coordinates\\.");
        assertThat(r.json().get("candidates").size()).isGreaterThan(1);
    }

    @Test
    void theRailNetworkLayerHasLinesStationsAndBorders() {
        Reply r = server.get("/api/rail/network");
        assertThat(r.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        r.json().get("features").forEach(f -> types.add(f.get("geometry").get("type").asText()));
        assertThat(types).contains("LineString", "Point");
        assertThat(r.json().get("features").findValuesAsText("name")).contains("Tumangang", "Khasan");
    }

    @Test
    void aSightingGivenOnlyByPlaceNameIsGeocodedNearTheTrack() {
        long id = server.postJson("/api/tracks", Map.of("name", "Place names")).json().get("id").asLong();
        String sightings = "/api/tracks/" + id + "/sightings";
        Reply first = server.postJson(sightings, Map.of("observedAt", "2023-09-12T06:00+10:00",
                "place", "Хасан", "source", "TBS"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("resolvedGeonameId").asLong()).isEqualTo(2022586);
        assertThat(first.json().get("resolvedCountry").asText()).isEqualTo("RU");
        assertThat(first.json().get("timezone").asText()).isEqualTo("Asia/Vladivostok");
        assertThat(first.json().get("place").asText()).isEqualTo("Хасан"); // what the user typed is kept
        assertThat(first.json().get("lat").asDouble()).isCloseTo(42.42387, within(1e-5));
    }

    @Test
    void aSightingGivenOnlyByCoordinatesGetsADescription() {
        long id = server.postJson("/api/tracks", Map.of("name", "Coordinates")).json().get("id").asLong();
        Reply r = server.postJson("/api/tracks/" + id + "/sightings", Map.of("observedAt", "2023-09-12T06:00+10:00",
                "lat", 42.5, "lon", 130.8, "source", "satellite image"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("locationDescription").asText()).isEqualTo("15 km NE of Khasan");
        assertThat(r.json().get("place").isNull()).isTrue();
    }

    @Test
    void anUnknownPlaceInASightingIs422WithCandidatesAndStoresNothing() {
        long id = server.postJson("/api/tracks", Map.of("name", "Unknown")).json().get("id").asLong();
        String sightings = "/api/tracks/" + id + "/sightings";
        Reply r = server.postJson(sightings, Map.of("observedAt", "2023-09-12T06:00+10:00",
                "place", "Khabarovks", "source", "x"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("field").asText()).isEqualTo("place");
        assertThat(r.json().get("candidates").get(0).get("name").asText()).isEqualTo("Khabarovsk");
        assertThat(server.get(sightings).json()).isEmpty();
    }
}
