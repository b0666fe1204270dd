package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import whereabouts.http.TestServer.Reply;

/** Tracks: create, list, get, edit, delete, and their bad inputs. */
class TracksApiTest extends ApiTestBase {

    @Test
    void healthAnswers() {
        Reply r = server.get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void aBodyNestedDeeperThanTheJsonParserAllowsIs400AndChangesNothing() {
        // found by FuzzApiTest: Jackson's nesting limit (1,000) fails without a location in the text
        long id = server.postJson("/api/tracks", Map.of("name", "Nested")).json().get("id").asLong();
        String nested = "[".repeat(2_000) + "]".repeat(2_000);

        Reply r = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/tracks/" + id))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(nested)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("malformed_json");
        assertThat(server.get("/api/tracks/" + id).json().get("name").asText()).isEqualTo("Nested");
    }

    @Test
    void createdTrackHasRailDefaultsAndIsListed() {
        Reply r = server.postJson("/api/tracks", Map.of("name", "Motorcade", "description", "test"));
        assertThat(r.status()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        assertThat(r.json().get("mode").asText()).isEqualTo("rail");
        assertThat(r.json().get("maxSpeedKmh").asDouble()).isEqualTo(80.0);
        assertThat(server.get("/api/tracks/" + id).json().get("name").asText()).isEqualTo("Motorcade");
        assertThat(server.get("/api/tracks").json().findValuesAsText("name")).contains("Motorcade");
    }

    @Test
    void modeAndMaxSpeedAreEditable() {
        long id = server.postJson("/api/tracks", Map.of("name", "Ship")).json().get("id").asLong();
        Reply r = server.putJson("/api/tracks/" + id, Map.of("name", "Ship", "mode", "sea", "maxSpeedKmh", 40));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("mode").asText()).isEqualTo("sea");
        assertThat(r.json().get("maxSpeedKmh").asDouble()).isEqualTo(40.0);
    }

    @Test
    void deletedTrackIsGoneFromTheList() {
        long id = server.postJson("/api/tracks", Map.of("name", "To delete")).json().get("id").asLong();
        assertThat(server.delete("/api/tracks/" + id).status()).isEqualTo(204);
        assertThat(server.get("/api/tracks/" + id).status()).isEqualTo(404);
        assertThat(server.get("/api/tracks").json().findValuesAsText("name")).doesNotContain("To delete");
    }

    @Test
    void editsAndTheDeleteStayInTheTracksHistory() {
        long id = server.postJson("/api/tracks", Map.of("name", "Motorcade")).json().get("id").asLong();
        server.putJson("/api/tracks/" + id, Map.of("name", "Motorcade (Moscow)", "mode", "road"));
        server.delete("/api/tracks/" + id);
        Reply history = server.get("/api/tracks/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().findValuesAsText("action")).containsExactly("created", "updated", "deleted");
        assertThat(history.json().get(0).get("track").get("name").asText()).isEqualTo("Motorcade");
        assertThat(history.json().get(1).get("track").get("mode").asText()).isEqualTo("road");
        assertThat(server.get("/api/tracks/424242/history").status()).isEqualTo(404);
    }

    @Test
    void badTrackInputIs400AndCreatesNothing() {
        String before = server.get("/api/tracks").body();
        Reply noName = server.postJson("/api/tracks", Map.of("description", "x"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("field").asText()).isEqualTo("name");
        Reply badMode = server.postJson("/api/tracks", Map.of("name", "x", "mode", "teleport"));
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.json().get("field").asText()).isEqualTo("mode");
        assertThat(server.get("/api/tracks").body()).isEqualTo(before);
    }

    @Test
    void unknownApiPathIsJson404() {
        Reply r = server.get("/api/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isEqualTo("not_found");
    }
}
