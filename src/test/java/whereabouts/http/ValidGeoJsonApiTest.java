package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.geo.GeoJsonCheck;
import whereabouts.http.TestServer.Reply;

/** Every GeoJSON answer and download of the server passes an RFC 7946 validator ({@link GeoJsonCheck}). */
class ValidGeoJsonApiTest extends ApiTestBase {
    @Override
    boolean demo() {
        return true;
    }

    @Test
    void everyGeoJsonAnswerIsValid() {
        long id = server.get("/api/tracks").json().get(0).get("id").asLong();
        List<String> paths = List.of(
                "/api/tracks/" + id + "/export?format=geojson",
                "/api/tracks/" + id + "/export?format=geojson&sample=PT6H",
                "/api/tracks/" + id + "/path",
                "/api/tracks/" + id + "/position?at=2023-09-11T12:00Z",
                "/api/tracks/" + id + "/position?at=2020-01-01T00:00Z",
                "/api/geocode?q=Khasan&limit=3",
                "/api/reverse?lat=42.43&lon=130.64",
                "/api/route?from=Pyongyang&to=Vladivostok",
                "/api/route?from=Pyongyang&to=Vladivostok&mode=geodesic",
                "/api/rail/network",
                "/geodata/scenarios/kim-2023-train.geojson",
                "/geodata/scenarios/kim-2023-russia.geojson",
                "/geodata/scenarios/putin-2023-plane.geojson",
                "/geodata/scenarios/lady-r-2024-sea.geojson",
                "/geodata/basemap/world-land-50m.geojson",
                "/geodata/basemap/world-borders-50m.geojson",
                "/geodata/basemap/world-lakes-50m.geojson",
                "/geodata/basemap/world-rivers-50m.geojson");
        for (String path : paths) {
            Reply r = server.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            JsonNode root = r.json() != null ? r.json() : TestServer.parse(r.body());
            assertThat(GeoJsonCheck.problems(root)).as(path).isEmpty();
        }
    }

    @Test
    void trackMetadataIsTheForeignMemberTrack() {
        long id = server.get("/api/tracks").json().get(0).get("id").asLong();
        JsonNode export = server.get("/api/tracks/" + id + "/export?format=geojson").json();
        assertThat(export.has("properties")).isFalse();
        assertThat(export.get("track").get("trackId").asLong()).isEqualTo(id);
        assertThat(export.get("track").get("mode").asText()).isEqualTo("rail");
        JsonNode path = server.get("/api/tracks/" + id + "/path").json();
        assertThat(path.has("properties")).isFalse();
        assertThat(path.get("track").get("sightings").asInt()).isPositive();
    }

    @Test
    void theValidatorRejectsWhatRfc7946Forbids() {
        assertThat(GeoJsonCheck.problems(TestServer.parse(
                "{\"type\":\"FeatureCollection\",\"properties\":{},\"features\":[]}"))).hasSize(1);
        assertThat(GeoJsonCheck.problems(TestServer.parse(
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[40,100]}}"))).hasSize(2);
        assertThat(GeoJsonCheck.problems(TestServer.parse(
                "{\"type\":\"LineString\",\"coordinates\":[[1,2]]}"))).hasSize(1);
        assertThat(GeoJsonCheck.problems(TestServer.parse(
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))).hasSize(1);
    }
}
