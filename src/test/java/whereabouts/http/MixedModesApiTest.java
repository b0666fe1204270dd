package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whereabouts.http.TestServer.Reply;

/**
 * A journey that mixes modes, over HTTP: train Pyongyang → Khasan → Vladivostok, car to Russky Island, plane to
 * Pyongyang, ship Rajin → Vladivostok. Each leg routes by the mode its later sighting says it was reached by.
 *
 * <pre>
 *   Pyongyang ==rail==> Khasan ==rail==> Vladivostok --road--> Russky Island ~~air~~> Pyongyang (Sunan)
 *   ... then Rajin ≈≈sea≈≈> Vladivostok
 * </pre>
 */
class MixedModesApiTest extends ApiTestBase {
    long trackId;

    @BeforeAll
    void addReports() {
        trackId = server.postJson("/api/tracks", Map.of("name", "Mixed journey", "mode", "rail")).json().get("id")
                .asLong();
        add("2023-09-10T15:00+09:00", 39.03385, 125.75432, null);   // Pyongyang
        add("2023-09-12T06:00+10:00", 42.42387, 130.65156, "rail"); // Khasan
        add("2023-09-13T06:00+10:00", 43.11, 131.88, null);         // Vladivostok, the track's mode (rail)
        add("2023-09-13T12:00+10:00", 43.03, 131.89, "road");       // Russky Island (FEFU)
        add("2023-09-14T12:00+09:00", 39.2241, 125.6700, "air");    // Sunan airport, Pyongyang
        add("2023-09-16T06:00+09:00", 42.235, 130.38, "road");      // Rajin, by road (no road network: geodesic)
        add("2023-09-17T06:00+10:00", 43.098, 131.885, "sea");      // Vladivostok by sea
    }

    private void add(String at, double lat, double lon, String arrivedBy) {
        Map<String, Object> f = new HashMap<>(Map.of("observedAt", at, "lat", lat, "lon", lon, "source", "test"));
        if (arrivedBy != null) {
            f.put("arrivedBy", arrivedBy);
        }
        Reply r = server.postJson("/api/tracks/" + trackId + "/sightings", f);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("arrivedBy").isNull() ? null : r.json().path("arrivedBy").asText()).isEqualTo(arrivedBy);
    }

    private List<JsonNode> legs() {
        List<JsonNode> out = new ArrayList<>();
        server.get("/api/tracks/" + trackId + "/path").json().get("features").forEach(f -> {
            if ("leg".equals(f.get("properties").get("featureType").asText())) {
                out.add(f.get("properties"));
            }
        });
        return out;
    }

    @Test
    void eachLegCarriesItsTravelModeAndWhatItWasRoutedOn() {
        List<JsonNode> legs = legs();
        assertThat(legs).extracting(p -> p.get("travelMode").asText())
                .containsExactly("rail", "rail", "road", "air", "road", "sea");
        assertThat(legs).extracting(p -> p.get("routedOn").asText())
                .containsExactly("rail", "rail", "geodesic", "geodesic", "geodesic", "sea");
        assertThat(legs.get(2).get("reason").asText()).contains("import-network --mode road");
        assertThat(legs.get(3).get("reason").asText()).contains("great circle");
        // the sea leg goes round the Gamov peninsula: longer than the 172 km straight line, and on the lanes
        assertThat(legs.get(5).get("lengthKm").asDouble()).isBetween(160.0, 180.0);
    }

    @Test
    void aPlaneIsNotImplausibleAtJetSpeedOnARailTrack() {
        JsonNode air = legs().get(3);
        // ~ 720 km in 23 h is slow for a plane; the point is that the rail maximum (80 km/h) does not apply
        assertThat(air.get("implausible").asBoolean()).isFalse();
    }

    @Test
    void thePositionFollowsTheLegOfItsOwnMode() {
        // halfway through the flight: on the great circle between Russky Island and Sunan
        JsonNode p = server.get("/api/tracks/" + trackId + "/position?at=2023-09-14T00:00%2B09:00").json();
        assertThat(p.get("properties").get("legIndex").asInt()).isEqualTo(3);
        double lat = p.get("geometry").get("coordinates").get(1).asDouble();
        assertThat(lat).isBetween(39.3, 43.0);
    }

    @Test
    void exportsSayEachLegsMode() {
        JsonNode geojson = server.get("/api/tracks/" + trackId + "/export?format=geojson").json();
        List<String> modes = new ArrayList<>();
        geojson.get("features").forEach(f -> {
            if ("leg".equals(f.get("properties").path("featureType").asText())) {
                modes.add(f.get("properties").get("travelMode").asText());
            }
        });
        assertThat(modes).containsExactly("rail", "rail", "road", "air", "road", "sea");
        String csv = server.get("/api/tracks/" + trackId + "/export?format=csv").body();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("arrivedBy");
        assertThat(csv).contains(",sea,");
        String kml = server.get("/api/tracks/" + trackId + "/export?format=kml").body();
        assertThat(kml).contains("by air (routed on geodesic)", "by sea (routed on sea)");
        String gpx = server.get("/api/tracks/" + trackId + "/export?format=gpx").body();
        assertThat(gpx).contains("<type>air</type>", "<type>sea</type>", "<type>road</type>");
        JsonNode mf = server.get("/api/tracks/" + trackId + "/export?format=mfjson").json();
        assertThat(mf.get("features").get(0).get("properties").get("legModes").toString())
                .isEqualTo("[\"rail\",\"rail\",\"road\",\"air\",\"road\",\"sea\"]");
    }

    @Test
    void anUnknownModeIsA400NamingTheModes() {
        Reply r = server.postJson("/api/tracks/" + trackId + "/sightings", Map.of("observedAt",
                "2023-09-18T06:00+10:00", "lat", 43.0, "lon", 131.9, "source", "test", "arrivedBy", "hovercraft"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("arrivedBy");
        assertThat(r.json().get("message").asText()).contains("rail, road, sea, air");
    }

    @Test
    void arrivedByOnTheFirstSightingIsA400AndStoresNothing() {
        long other = server.postJson("/api/tracks", Map.of("name", "First report by sea")).json().get("id").asLong();
        Reply r = server.postJson("/api/tracks/" + other + "/sightings", Map.of("observedAt",
                "2023-09-18T06:00+10:00", "lat", 43.0, "lon", 131.9, "source", "test", "arrivedBy", "sea"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("arrivedBy");
        assertThat(r.json().get("message").asText()).contains("first sighting");
        assertThat(server.get("/api/tracks/" + other + "/sightings").json()).isEmpty();
    }

    @Test
    void aSeaLegEnding500KmInlandIsAFlaggedGeodesicNotAnError() {
        long other = server.postJson("/api/tracks", Map.of("name", "Ship to Ulaanbaatar?", "mode", "sea")).json()
                .get("id").asLong();
        assertThat(server.postJson("/api/tracks/" + other + "/sightings", Map.of("observedAt",
                "2023-09-10T06:00+10:00", "lat", 43.098, "lon", 131.885, "source", "test")).status()).isEqualTo(201);
        Reply r = server.postJson("/api/tracks/" + other + "/sightings", Map.of("observedAt",
                "2023-09-20T06:00+08:00", "lat", 47.92, "lon", 106.92, "source", "test")); // Ulaanbaatar
        assertThat(r.status()).isEqualTo(201);
        Reply path = server.get("/api/tracks/" + other + "/path");
        assertThat(path.status()).isEqualTo(200);
        JsonNode leg = path.json().get("features").get(0).get("properties");
        assertThat(leg.get("travelMode").asText()).isEqualTo("sea");
        assertThat(leg.get("routedOn").asText()).isEqualTo("geodesic");
        assertThat(leg.get("reason").asText()).contains("from the nearest sea lane", "200 km limit");
        assertThat(leg.get("lengthKm").asDouble()).isCloseTo(2200, within(300.0));
    }
}
