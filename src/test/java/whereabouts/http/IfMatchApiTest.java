package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import whereabouts.http.TestServer.Reply;

/** Concurrent edits never overwrite each other silently: PUT and DELETE honour If-Match with GET's ETag. */
class IfMatchApiTest extends ApiTestBase {
    String path;

    @BeforeEach
    void newSighting() {
        long trackId = server.postJson("/api/tracks", Map.of("name", "Edited by two")).json().get("id").asLong();
        long id = server.postJson("/api/tracks/" + trackId + "/sightings", sighting("first")).json().get("id")
                .asLong();
        path = "/api/tracks/" + trackId + "/sightings/" + id;
    }

    static Map<String, Object> sighting(String notes) {
        return Map.of("observedAt", "2023-09-12T06:00+10:00", "lat", 42.42387, "lon", 130.65156, "source", "TBS",
                "notes", notes);
    }

    Reply put(String ifMatch, String notes) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"observedAt\":\"2023-09-12T06:00+10:00\",\"lat\":42.4,\"lon\":130.6,\"source\":\"TBS\","
                                + "\"notes\":\"" + notes + "\"}"));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return server.send(b);
    }

    Reply delete(String ifMatch) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("If-Match", ifMatch).DELETE());
    }

    @Test
    void getSendsTheRevisionAsETag() {
        Reply r = server.get(path);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(r.json().get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoEditsOfOneRevisionGets412WithTheCurrentRevision() {
        String etag = server.get(path).header("ETag");
        Reply first = put(etag, "mine");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");

        Reply second = put(etag, "theirs");
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.json().get("error").asText()).isEqualTo("revision_conflict");
        assertThat(second.json().get("field").asText()).isEqualTo("If-Match");
        assertThat(second.json().get("currentRevision").asInt()).isEqualTo(2);
        assertThat(second.json().get("message").asText()).contains("revision 1").contains("current one is 2");
        assertThat(server.get(path).json().get("notes").asText()).isEqualTo("mine");
        assertThat(server.get(path + "/history").json()).hasSize(2);
    }

    @Test
    void aStaleDeleteGets412AndDeletesNothing() {
        put(null, "edited without If-Match");
        Reply stale = delete("\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentRevision").asInt()).isEqualTo(2);
        assertThat(server.get(path).status()).isEqualTo(200);

        Reply current = delete(server.get(path).header("ETag"));
        assertThat(current.status()).isEqualTo(200);
        assertThat(server.get(path).status()).isEqualTo(404);
    }

    @Test
    void weakTagsAndTheStarMatch() {
        assertThat(put("W/\"1\"", "weak").status()).isEqualTo(200);
        assertThat(put("*", "any").status()).isEqualTo(200);
        assertThat(server.get(path).json().get("revision").asInt()).isEqualTo(3);
    }

    @Test
    void aMalformedIfMatchIs400() {
        Reply r = put("yesterday", "x");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("If-Match");
        assertThat(server.get(path).json().get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void anEditOfAMissingSightingIsStill404() {
        Reply r = server.send(HttpRequest.newBuilder(server.uri(path + "999")).header("If-Match", "\"1\"").DELETE());
        assertThat(r.status()).isEqualTo(404);
    }
}
