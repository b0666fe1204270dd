package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/positions?tracks=…&at=} (issue 21): the positions of several tracks in one answer, each the
 * same Feature {@code /api/tracks/{id}/position} gives (so the page's slider can move all of them with one
 * request). Plus every kind of bad input.
 */
class TrackSetPositionsApiTest extends ApiTestBase {
    private static final String AT = "2023-09-12T06:00:00Z";

    @Override
    boolean demo() {
        return true;
    }

    private List<Long> demoIds() {
        List<Long> ids = new ArrayList<>();
        server.get("/api/tracks").json().forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    @Test
    void everyTrackGetsTheSamePositionAsItsOwnEndpointGives() {
        List<Long> ids = demoIds();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        String list = String.join(",", ids.stream().map(String::valueOf).toList());
        TestServer.Reply r = server.get("/api/positions?tracks=" + list + "&at=" + AT);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        JsonNode features = r.json().get("features");
        assertThat(features).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            JsonNode batched = features.get(i);
            assertThat(batched.get("properties").get("trackId").asLong()).isEqualTo(ids.get(i));
            JsonNode single = server.get("/api/tracks/" + ids.get(i) + "/position?at=" + AT).json();
            assertThat(batched.get("geometry")).as("track " + ids.get(i)).isEqualTo(single.get("geometry"));
            assertThat(batched.get("properties").get("status")).isEqualTo(single.get("properties").get("status"));
            assertThat(batched.get("properties").get("likelyKm90"))
                    .isEqualTo(single.get("properties").get("likelyKm90"));
        }
    }

    @Test
    void badInputIsAClear4xxInTheErrorShape() {
        long a = demoIds().get(0);
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 51; i++) {
            many.append(i == 1 ? "" : ",").append(i);
        }
        Map<String, Integer> cases = Map.of(
                "/api/positions?tracks=" + a + ",999999&at=" + AT, 404,
                "/api/positions?tracks=" + many + "&at=" + AT, 400,
                "/api/positions?tracks=" + a + "," + a + "&at=" + AT, 400,
                "/api/positions?tracks=" + a + ",x&at=" + AT, 400,
                "/api/positions?tracks=&at=" + AT, 400,
                "/api/positions?at=" + AT, 400,
                "/api/positions?tracks=" + a, 400,
                "/api/positions?tracks=" + a + "&at=yesterday", 400);
        cases.forEach((path, status) -> {
            TestServer.Reply r = server.get(path);
            assertThat(r.status()).as(path + " → " + r.body()).isEqualTo(status);
            assertThat(r.json().get("error").asText()).as(path).isNotBlank();
            assertThat(r.json().get("message").asText()).as(path).isNotBlank();
            assertThat(r.json().has("field")).as(path).isTrue();
        });
        assertThat(server.get("/api/positions?tracks=" + a + ",999999&at=" + AT).json().get("field").asText())
                .isEqualTo("tracks");
    }
}
