package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server-Sent Events: a listener hears every change, with increasing ids. */
class EventsApiTest extends ApiTestBase {

    @Test
    void aNewSightingIsAnnouncedToListeners() throws Exception {
        EventLines events = EventLines.open(server.uri("/api/events"));
        HttpResponse<InputStream> stream = events.response;
        BlockingQueue<String> lines = events.lines;
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(nextMatching(lines, "event: hello")).isNotNull();
        assertThat(nextMatching(lines, "data: ")).isEqualTo("data: {\"lastSequence\":0}");

        long trackId = server.postJson("/api/tracks", Map.of("name", "Live")).json().get("id").asLong();
        long sightingId = server.postJson("/api/tracks/" + trackId + "/sightings", Map.of(
                "observedAt", "2023-09-12T06:00+10:00", "lat", 42.42, "lon", 130.65, "source", "TBS"))
                .json().get("id").asLong();

        assertThat(nextMatching(lines, "data: ")).contains("\"type\":\"track-created\"");
        String data = nextMatching(lines, "data: ");
        assertThat(data).contains("\"type\":\"sighting-created\"").contains("\"trackId\":" + trackId)
                .contains("\"sightingId\":" + sightingId);
        stream.body().close();
    }

    private static String nextMatching(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }
}
