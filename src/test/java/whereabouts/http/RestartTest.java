package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 201 means committed: data written before a stop is there after a start on the same data dir. */
class RestartTest {
    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndTheDemoIsNotReloaded() {
        long trackId;
        long sightingId;
        try (TestServer first = TestServer.start(dataDir, true)) {
            assertThat(first.get("/api/tracks").json()).hasSize(4); // four demo tracks: the sea one (#20), the plane (#21)
            trackId = first.postJson("/api/tracks", Map.of("name", "Survivor")).json().get("id").asLong();
            sightingId = first.postJson("/api/tracks/" + trackId + "/sightings", Map.of(
                    "observedAt", "2023-09-13T10:00+10:00", "lat", 51.884, "lon", 128.334,
                    "source", "Kremlin pool", "notes", "Vostochny")).json().get("id").asLong();
            first.delete("/api/tracks/1"); // anyone may delete the demo tracks
            first.delete("/api/tracks/2");
            first.delete("/api/tracks/3");
            first.delete("/api/tracks/4");
        }
        try (TestServer second = TestServer.start(dataDir, true)) {
            assertThat(second.get("/api/tracks").json().findValuesAsText("name")).containsExactly("Survivor");
            TestServer.Reply s = second.get("/api/tracks/" + trackId + "/sightings/" + sightingId);
            assertThat(s.status()).isEqualTo(200);
            assertThat(s.json().get("notes").asText()).isEqualTo("Vostochny");
            assertThat(s.json().get("observedAt").asText()).isEqualTo("2023-09-13T10:00+10:00");
        }
    }
}
