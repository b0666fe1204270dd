package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import whereabouts.http.TestServer.Reply;

/** {@code GET /api/sightings?bbox=&from=&to=}: sightings of every track inside a box and a time window. */
class AreaApiTest extends ApiTestBase {

    long add(long trackId, String observedAt, double lat, double lon, String notes) {
        Reply r = server.postJson("/api/tracks/" + trackId + "/sightings", Map.of("observedAt", observedAt,
                "lat", lat, "lon", lon, "source", "test", "notes", notes));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    long track(String name) {
        return server.postJson("/api/tracks", Map.of("name", name)).json().get("id").asLong();
    }

    @Test
    void findsSightingsOfEveryTrackInTheBoxAndWindow() {
        long a = track("area a");
        long b = track("area b");
        add(a, "2023-09-12T06:00+10:00", -33.5, 150.5, "a in");
        add(b, "2023-09-12T07:00+10:00", -33.2, 150.9, "b in");
        add(b, "2023-09-12T07:30+10:00", -32.0, 150.9, "b north of the box");
        add(a, "2023-09-14T07:00+10:00", -33.2, 150.9, "a later");

        Reply all = server.get("/api/sightings?bbox=150,-34,151,-33");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().findValuesAsText("notes")).containsExactly("a in", "b in", "a later");
        assertThat(all.json().get(1).get("trackId").asLong()).isEqualTo(b);

        Reply window = server.get("/api/sightings?bbox=150,-34,151,-33&from=2023-09-11T20:30Z&to=2023-09-13T00:00Z");
        assertThat(window.json().findValuesAsText("notes")).containsExactly("b in");
        assertThat(server.get("/api/sightings?bbox=150,-34,151,-33&limit=1").json()).hasSize(1);
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("", "bbox"),
                Arguments.of("?bbox=1,2,3", "bbox"),
                Arguments.of("?bbox=a,b,c,d", "bbox"),
                Arguments.of("?bbox=10,0,5,1", "bbox"),
                Arguments.of("?bbox=0,-91,1,1", "bbox"),
                Arguments.of("?bbox=0,0,1,NaN", "bbox"),
                Arguments.of("?bbox=0,0,1,1&from=2023-09-12T06:00", "from"),
                Arguments.of("?bbox=0,0,1,1&from=2023-09-13T00:00Z&to=2023-09-12T00:00Z", "to"),
                Arguments.of("?bbox=0,0,1,1&limit=0", "limit"),
                Arguments.of("?bbox=0,0,1,1&limit=100000", "limit"));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void badQueriesAre400NamingTheParameter(String query, String field) {
        Reply r = server.get("/api/sightings" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("message").asText()).isNotBlank();
    }
}
