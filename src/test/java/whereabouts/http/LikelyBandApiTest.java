package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/tracks/{id}/position?at=} gives the likely band beside the feasible one: on the demo train, mid-way
 * between Pyongyang and Khasan, the central 50 % is narrower than the 90 %, both far narrower than the worst case,
 * with the route stretches they cover; at a report the 90 % band is the report's radius.
 */
class LikelyBandApiTest extends ApiTestBase {
    @Override
    boolean demo() {
        return true;
    }

    @Test
    void midLegTheLikelyBandsAreNestedInsideTheFeasibleOne() {
        long id = server.get("/api/tracks").json().get(0).get("id").asLong();
        JsonNode p = server.get("/api/tracks/" + id + "/position?at=2023-09-11T10:00Z").json().get("properties");
        assertThat(p.get("status").asText()).isEqualTo("in-transit");
        double km50 = p.get("likelyKm50").asDouble();
        double km90 = p.get("likelyKm90").asDouble();
        double feasible = p.get("uncertaintyKm").asDouble();
        assertThat(km50).isPositive().isLessThan(km90);
        assertThat(km90).isLessThan(feasible / 3);
        assertThat(km90 / km50).isCloseTo(1.6449 / 0.6745, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(p.get("likelyStretch50").get("type").asText()).isEqualTo("LineString");
        assertThat(p.get("likelyStretch90").get("coordinates").size())
                .isGreaterThanOrEqualTo(p.get("likelyStretch50").get("coordinates").size());
        assertThat(p.get("likelyBasis").asText()).startsWith("default");
    }

    @Test
    void atAReportThe90PercentBandIsItsRadiusAndBeforeTheFirstThereIsNone() {
        long id = server.get("/api/tracks").json().get(0).get("id").asLong();
        JsonNode at = server.get("/api/tracks/" + id + "/position?at=2023-09-10T06:00Z").json().get("properties");
        assertThat(at.get("status").asText()).isEqualTo("at-sighting");
        assertThat(at.get("likelyKm90").asDouble()).isCloseTo(5.0, org.assertj.core.api.Assertions.within(1e-3));
        JsonNode before = server.get("/api/tracks/" + id + "/position?at=2023-09-01T00:00Z").json()
                .get("properties");
        assertThat(before.get("likelyKm50").isNull()).isTrue();
    }
}
