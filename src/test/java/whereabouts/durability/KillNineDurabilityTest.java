package whereabouts.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.json.Json;
import whereabouts.store.TestDatabases;

/**
 * A 201 (or 200 on an edit) means the write survives {@code kill -9}: concurrent writers post and edit sightings
 * against a server in a child JVM, the server is killed with SIGKILL in the middle of it, a new server starts on
 * the same data, and every acknowledged sighting is there with every acknowledged revision in its history.
 *
 * <p>Figures for docs/performance.md: {@code -Dkill9.writes=N} (default 600) sets how many writes are acknowledged
 * before the kill, {@code -Dkill9.writers=N} (default 8) the writer count, and {@code -Dkill9.h2Url=...} (with
 * {@code %s} for the data directory) replaces the H2 URL, e.g. with the pre-fix one; the test prints a line
 * starting with {@code kill9:}.
 */
class KillNineDurabilityTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.newMapper();

    @TempDir
    Path dataDir;

    @Test
    void h2KeepsEveryAcknowledgedWrite() throws Exception {
        String h2Url = System.getProperty("kill9.h2Url");
        Map<String, String> env = h2Url == null ? Map.of()
                : Map.of("WHEREABOUTS_DB_URL", String.format(Locale.ROOT, h2Url, dataDir.resolve("whereabouts")));
        killNineLosesNothing("H2", env);
    }

    @Test
    void postgresKeepsEveryAcknowledgedWrite() throws Exception {
        killNineLosesNothing("PostgreSQL", Map.of("WHEREABOUTS_DB_URL", TestDatabases.freshPostgres()));
    }

    void killNineLosesNothing(String backend, Map<String, String> env) throws Exception {
        int writes = Integer.getInteger("kill9.writes", 600);
        int writers = Integer.getInteger("kill9.writers", 8);
        WriteStorm storm;
        long trackId;
        try (ServerProcess first = ServerProcess.start(dataDir, env)) {
            trackId = post(first.url() + "/api/tracks", "{\"name\":\"Storm\"}").get("id").asLong();
            storm = new WriteStorm(first.url(), trackId);
            storm.start(writers);
            assertThat(storm.awaitWrites(writes)).as("writers kept going until the kill").isTrue();
            first.kill9();
            storm.join();
        }
        Map<Long, Integer> acknowledged = storm.acknowledged();
        List<String> lost = new ArrayList<>();
        try (ServerProcess second = ServerProcess.start(dataDir, env)) {
            Set<Long> present = new HashSet<>();
            for (JsonNode s : get(second.url() + "/api/tracks/" + trackId + "/sightings")) {
                present.add(s.get("id").asLong());
            }
            for (Map.Entry<Long, Integer> e : acknowledged.entrySet()) {
                JsonNode history = get(second.url() + "/api/tracks/" + trackId + "/sightings/" + e.getKey()
                        + "/history");
                if (!present.contains(e.getKey()) || history.size() < e.getValue()
                        || !history.get(0).get("action").asText().equals("created")) {
                    lost.add(e.getKey() + " (acknowledged revision " + e.getValue() + ", history " + history + ")");
                }
            }
        }
        System.out.printf(Locale.ROOT, "kill9: backend=%s writers=%d acknowledged writes=%d sightings=%d"
                        + " lost=%d writes/s=%.0f%n", backend, writers, storm.acknowledgedWrites(), acknowledged.size(),
                lost.size(), storm.writesPerSecond());
        assertThat(acknowledged).hasSizeGreaterThan(writes / 2);
        assertThat(lost).as("acknowledged sightings missing after kill -9").isEmpty();
    }

    private JsonNode post(String url, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? json.readTree(r.body()) : json.createArrayNode();
    }
}
