package whereabouts.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.AppConfig;
import whereabouts.http.TestServer;
import whereabouts.http.TestServer.Reply;
import whereabouts.store.ForceRecordingFileSystem;

/**
 * On H2 a 201 means on disk: the server's database sits on an H2 file system that numbers every write and every
 * {@code force()} (fsync) of its files, and each acknowledged sighting must have been forced before its answer.
 * A real server on a random port; the URL is the shipped one but for the file-system prefix.
 */
class FsyncBeforeAcknowledgementTest {
    @TempDir
    Path dir;

    private TestServer start() {
        ForceRecordingFileSystem.register();
        AppConfig d = AppConfig.defaults(dir, 0, false);
        String url = d.dbUrl().replace("jdbc:h2:file:", "jdbc:h2:" + ForceRecordingFileSystem.SCHEME + ":");
        assertThat(url).startsWith("jdbc:h2:forcerec:").contains("WRITE_DELAY=0");
        return TestServer.start(new AppConfig(d.port(), d.host(), d.dataDir(), url, d.dbUser(), d.dbPassword(),
                d.demo(), d.maxSnapKm(), d.importMaxBytes()));
    }

    private static Map<String, Object> sighting(int n) {
        return Map.of("observedAt", String.format(Locale.ROOT, "2023-09-12T%02d:%02d:00+09:00", n / 60 % 24, n % 60),
                "lat", 42.0 + n * 0.001, "lon", 130.7, "source", "fsync test");
    }

    @Test
    void everythingWrittenBeforeA201WasForcedToDiskBeforeIt() {
        try (TestServer server = start()) {
            long track = server.postJson("/api/tracks", Map.of("name", "fsync")).json().get("id").asLong();
            for (int n = 0; n < 30; n++) {
                Reply created = server.postJson("/api/tracks/" + track + "/sightings", sighting(n));
                assertThat(created.status()).isEqualTo(201);
                // one writer: whatever H2 wrote for this sighting was followed by a force before the answer
                assertThat(ForceRecordingFileSystem.lastForce())
                        .as("sighting %d: last force after last write", n)
                        .isGreaterThan(ForceRecordingFileSystem.lastWrite());
            }
        }
    }

    @Test
    void concurrentWritersEachGetTheirFsyncBeforeTheir201() throws Exception {
        try (TestServer server = start()) {
            long track = server.postJson("/api/tracks", Map.of("name", "fsync")).json().get("id").asLong();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 320; i++) {
                    int n = i;
                    results.add(pool.submit(() -> {
                        long forcesBefore = ForceRecordingFileSystem.forces();
                        Reply created = server.postJson("/api/tracks/" + track + "/sightings", sighting(n));
                        return created.status() == 201 && ForceRecordingFileSystem.forces() > forcesBefore;
                    }));
                }
                for (Future<Boolean> r : results) {
                    assertThat(r.get()).as("201, with a force between the request and the answer").isTrue();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(server.get("/api/tracks/" + track + "/sightings").json().size()).isEqualTo(320);
        }
    }
}
