package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second demo case, at sea (issue #20): the cargo ship Lady R between Vostochny, Vladivostok and Rajin in
 * February–March 2024, loaded on first start like the train demo, every report placed by geocoding its port
 * through the shipped gazetteer and citing the page it comes from.
 */
class SeaDemoScenarioTest extends ApiTestBase {
    @Override
    boolean demo() {
        return true;
    }

    private JsonNode seaTrack() {
        for (JsonNode t : server.get("/api/tracks").json()) {
            if (t.get("name").asText().contains("Lady R")) {
                return t;
            }
        }
        throw new AssertionError("no sea demo track in " + server.get("/api/tracks").body());
    }

    @Test
    void theSeaDemoIsLoadedAsATrackAtSea() {
        JsonNode track = seaTrack();
        assertThat(track.get("mode").asText()).isEqualTo("sea");
        assertThat(server.get("/api/tracks").json()).hasSize(4); // and the plane of #21
    }

    @Test
    void everyReportIsPlacedAtItsPortAndCitesItsSource() {
        JsonNode sightings = server.get("/api/tracks/" + seaTrack().get("id").asLong() + "/sightings").json();
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < sightings.size(); i++) {
            JsonNode s = sightings.get(i);
            ports.add(s.get("resolvedName").asText());
            if (i > 0) {
                assertThat(s.path("arrivedBy").asText()).as("sighting %d arrived by", i).isEqualTo("sea");
            }
            assertThat(s.get("sourceUrl").asText()).as("cited page").startsWith("https://");
            assertThat(s.get("source").asText()).contains("NK Pro");
        }
        assertThat(ports).containsExactly("Vostochny Port", "Port of Vladivostok", "Port of Vladivostok",
                "Port of Rajin", "Port of Rajin", "Vostochny Port");
        // the ports are supplement places (negative ids), not the towns of the same name
        assertThat(sightings.findValuesAsText("resolvedGeonameId")).allSatisfy(id -> assertThat(id).startsWith("-"));
    }

    @Test
    void theLegsJoinThePortsInTimeOrder() {
        JsonNode path = server.get("/api/tracks/" + seaTrack().get("id").asLong() + "/path").json();
        assertThat(path.get("features")).hasSize(5);
    }
}
