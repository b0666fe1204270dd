package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server-Sent Events: a listener hears every change, with increasing ids. */
class EventsApiTest extends ApiTestBase {

    @Test
    void aNewSightingIsAnnouncedToListeners() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("/api/events")).header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the stream ends when the test closes the server
            }
        });
        reader.setDaemon(true);
        reader.start();
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
