package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/meetings} on the demo: Kim's train in Russia and Putin's plane to the Vostochny summit met at
 * the cosmodrome on 13 Sep 2023 (the plane landed at 12:30, UTC+9; the train's report is 12:00 ± 6 h), and
 * could not have met while Putin spoke in Vladivostok at 15:00 local on 12 Sep (the train was past Razdolnoye,
 * more than 30 km from the city). Plus every kind of bad input.
 */
class MeetingsApiTest extends ApiTestBase {
    @Override
    boolean demo() {
        return true;
    }

    private long trackNamed(String prefix) {
        for (JsonNode t : server.get("/api/tracks").json()) {
            if (t.get("name").asText().startsWith(prefix)) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no demo track " + prefix);
    }

    @Test
    void theTrainAndThePlaneCouldHaveMetAtVostochnyAndNotDuringTheForum() {
        long train = trackNamed("Kim Jong Un's armoured train in Russia");
        long plane = trackNamed("Putin's plane");
        TestServer.Reply r = server.get("/api/meetings?tracks=" + train + "," + plane + "&withinKm=30");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode pair = r.json().get("pairs").get(0);
        assertThat(pair.get("trackA").asLong()).isEqualTo(train);
        assertThat(pair.get("couldHaveMet").asBoolean()).isTrue();

        Instant summit = Instant.parse("2023-09-13T03:30:00Z"); // 12:30 at Vostochny (UTC+9)
        JsonNode atSummit = windowHolding(pair.get("possible"), summit);
        assertThat(atSummit).as("a possible window holds the summit").isNotNull();
        assertThat(atSummit.get("closestKm").asDouble()).isLessThan(30);
        // where: near the cosmodrome (Tsiolkovsky, 51.77 N 128.12 E), not somewhere else on the routes
        assertThat(atSummit.get("closestA").get(1).asDouble()).isBetween(51.0, 52.5);
        assertThat(atSummit.get("closestB").get(0).asDouble()).isBetween(127.0, 129.5);
        assertThat(atSummit.get("stretchA").size()).isGreaterThanOrEqualTo(2);

        Instant plenary = Instant.parse("2023-09-12T05:00:00Z"); // 15:00 in Vladivostok (UTC+10)
        assertThat(windowHolding(pair.get("apart"), plenary)).as("certainly apart at the plenary").isNotNull();
        assertThat(windowHolding(pair.get("possible"), plenary)).isNull();
        assertThat(Instant.parse(pair.get("span").get("from").asText()))
                .isEqualTo(Instant.parse("2023-09-11T20:00:00Z")); // the train in Khasan (06:00 UTC+10), the later start
    }

    @Test
    void everyPairAmongThreeTracksIsAnswered() {
        JsonNode tracks = server.get("/api/tracks").json();
        List<Long> ids = new ArrayList<>();
        tracks.forEach(t -> ids.add(t.get("id").asLong()));
        TestServer.Reply r = server.get("/api/meetings?tracks=" + ids.get(0) + "," + ids.get(1) + "," + ids.get(2)
                + "&withinKm=5");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("pairs")).hasSize(3);
        assertThat(r.json().get("pairs").get(2).get("trackA").asLong()).isEqualTo(ids.get(1));
    }

    @Test
    void badInputIsAClear4xxInTheErrorShape() {
        long a = trackNamed("Kim Jong Un's armoured train in Russia");
        long b = trackNamed("Putin's plane");
        StringBuilder fifty = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            fifty.append(i == 1 ? "" : ",").append(i);
        }
        Map<String, int[]> cases = Map.of(
                "/api/meetings?tracks=" + a + ",999999&withinKm=10", new int[] {404},
                "/api/meetings?tracks=" + a + "&withinKm=10", new int[] {400},
                "/api/meetings?tracks=" + fifty + "&withinKm=10", new int[] {400},
                "/api/meetings?tracks=" + a + "," + b + "&withinKm=-1", new int[] {400},
                "/api/meetings?tracks=" + a + "," + b, new int[] {400},
                "/api/meetings?withinKm=10", new int[] {400},
                "/api/meetings?tracks=" + a + ",x&withinKm=10", new int[] {400},
                "/api/meetings?tracks=" + a + "," + a + "&withinKm=10", new int[] {400},
                "/api/meetings?tracks=" + a + "," + b + "&withinKm=NaN", new int[] {400},
                "/api/meetings?tracks=" + a + "," + b + "&withinKm=ten", new int[] {400});
        cases.forEach((path, status) -> {
            TestServer.Reply r = server.get(path);
            assertThat(r.status()).as(path + " → " + r.body()).isEqualTo(status[0]);
            assertThat(r.json().get("error").asText()).as(path).isNotBlank();
            assertThat(r.json().get("message").asText()).as(path).isNotBlank();
            assertThat(r.json().has("field")).as(path).isTrue();
        });
        assertThat(server.get("/api/meetings?tracks=" + a + "," + b + "&withinKm=-1").json().get("field").asText())
                .isEqualTo("withinKm");
        assertThat(server.get("/api/meetings?tracks=" + fifty + "&withinKm=10").json().get("message").asText())
                .contains("At most 10");
    }

    private static JsonNode windowHolding(JsonNode windows, Instant t) {
        for (JsonNode w : windows) {
            if (!Instant.parse(w.get("from").asText()).isAfter(t) && !Instant.parse(w.get("to").asText()).isBefore(t)) {
                return w;
            }
        }
        return null;
    }
}
