package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.AppConfig;
import whereabouts.store.JdbcTrackStore;
import whereabouts.track.TrackDraft;
import whereabouts.track.TrackValidator;

/**
 * A track of 600,000 sightings downloads as GeoJSON from a server whose heap (192 MiB) could not hold the
 * sightings as a list: the export streams from the store page by page. The server runs in its own JVM with that
 * heap and stops on an OutOfMemoryError, so a non-streaming export fails the test. (It was a million rows in
 * 320 MiB; the server's own data now takes less heap since the gazetteer is prepared at build time, so the same
 * rows per MiB of heap, 3,125, make the same proof in 40 % less time.)
 */
class StreamingExportTest {
    static final int SIGHTINGS = 600_000;
    static final String HEAP = "-Xmx192m";

    @Test
    void manyMoreSightingsThanTheHeapHoldsExportInASmallHeap(@TempDir Path dataDir) throws Exception {
        long trackId = fillDatabase(dataDir);
        List<String> log = new ArrayList<>();
        Process server = startServer(dataDir, log);
        try {
            String url = waitForUrl(server, log);
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + "/api/tracks/" + trackId + "/export?format=geojson")).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            long features = 0;
            long points = 0;
            String first = null;
            try (JsonParser p = new JsonFactory().createParser(r.body())) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.FIELD_NAME && p.getCurrentName().equals("type")) {
                        String type = p.nextTextValue();
                        features += "Feature".equals(type) ? 1 : 0;
                        points += "Point".equals(type) ? 1 : 0;
                    } else if (t == JsonToken.FIELD_NAME && first == null && p.getCurrentName().equals("observedAtUtc")) {
                        first = p.nextTextValue();
                    }
                }
            }
            assertThat(points).isEqualTo(SIGHTINGS);
            assertThat(features).isEqualTo(SIGHTINGS + 1); // and the reported path
            assertThat(first).isEqualTo("2024-01-01T00:00:00Z");
            assertThat(server.isAlive()).as(String.join("\n", log)).isTrue();
            // formats written in memory, and sampling (which needs the routed trajectory), are refused for it
            for (String q : new String[] {"format=gpx", "format=gpkg", "format=geojson&sample=PT1H"}) {
                HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + "/api/tracks/" + trackId + "/export?" + q)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).as(q).isEqualTo(400);
                assertThat(refused.body()).as(q).contains("20000");
            }
            synchronized (log) {
                assertThat(log).noneMatch(l -> l.contains("OutOfMemoryError"));
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Migrates an H2 database, creates a track and inserts the sightings in one SQL statement. */
    static long fillDatabase(Path dataDir) throws Exception {
        AppConfig config = AppConfig.defaults(dataDir, 0, false);
        long trackId;
        try (JdbcTrackStore store = JdbcTrackStore.open(config.dbUrl(), config.dbUser(), config.dbPassword())) {
            TrackDraft draft = TrackValidator.validate(Map.of("name", "Many reports", "mode", "road"));
            trackId = store.createTrack(draft).id();
            try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
                 PreparedStatement ps = c.prepareStatement("INSERT INTO sighting (track_id, revision, observed_at,"
                         + " observed_epoch_ms, time_uncertainty_min, lat, lon, location_uncertainty_km, source,"
                         + " confidence, kind, notes, recorded_at)"
                         + " SELECT ?, 1, FORMATDATETIME(DATEADD('MINUTE', X - 1, TIMESTAMP '2024-01-01 00:00:00'),"
                         + " 'yyyy-MM-dd''T''HH:mm:ss''Z'''), 1704067200000 + (X - 1) * 60000, 0,"
                         + " 40 + MOD(X, 1000) / 100.0, 120 + MOD(X, 997) / 100.0, 1.5, 'generated', 'reported',"
                         + " 'sighting', 'row ' || X, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, ?)")) {
                ps.setLong(1, trackId);
                ps.setLong(2, SIGHTINGS);
                assertThat(ps.executeUpdate()).isEqualTo(SIGHTINGS);
            }
        }
        return trackId;
    }

    static Process startServer(Path dataDir, List<String> log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), "whereabouts.App").redirectErrorStream(true);
        pb.environment().put("WHEREABOUTS_DATA_DIR", dataDir.toString());
        pb.environment().put("WHEREABOUTS_PORT", "0");
        pb.environment().put("WHEREABOUTS_DEMO", "false");
        return pb.start();
    }

    /** Reads the server's output until it says where it listens; keeps draining it afterwards. */
    static String waitForUrl(Process server, List<String> log) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("listening on (http://\\S+)");
        String line;
        while ((line = out.readLine()) != null) {
            synchronized (log) {
                log.add(line);
            }
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {
                    synchronized (log) {
                        log.add(l);
                    }
                }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("the server stopped before listening:\n" + String.join("\n", log));
    }
}
