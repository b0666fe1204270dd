package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server-Sent Events: a listener hears every change, with increasing ids. */
class EventsApiTest extends ApiTestBase {

    @Test
    void aNewSightingIsAnnouncedToListeners() throws Exception {
        try (EventStreamClient events = EventStreamClient.open(server)) {
            assertThat(events.response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            assertThat(events.next("event: hello")).isNotNull();
            assertThat(events.next("data: ")).isEqualTo("data: {\"lastSequence\":0}");

            long trackId = server.postJson("/api/tracks", Map.of("name", "Live")).json().get("id").asLong();
            long sightingId = server.postJson("/api/tracks/" + trackId + "/sightings", Map.of(
                    "observedAt", "2023-09-12T06:00+10:00", "lat", 42.42, "lon", 130.65, "source", "TBS"))
                    .json().get("id").asLong();

            assertThat(events.next("data: ")).contains("\"type\":\"track-created\"");
            String data = events.next("data: ");
            assertThat(data).contains("\"type\":\"sighting-created\"").contains("\"trackId\":" + trackId)
                    .contains("\"sightingId\":" + sightingId);
        }
    }
}
