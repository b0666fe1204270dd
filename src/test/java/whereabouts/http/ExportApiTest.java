package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.http.TestServer.Reply;

/** The GeoJSON download, checked by us and by GDAL's ogrinfo. */
class ExportApiTest extends ApiTestBase {
    @Override
    boolean demo() {
        return true;
    }

    @TempDir
    static Path downloads;

    @Test
    void demoTrackExportsAsAnAttachmentWithPointsAndThePath() throws Exception {
        long id = server.get("/api/tracks").json().get(0).get("id").asLong();
        Reply r = server.get("/api/tracks/" + id + "/export?format=geojson");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"kim-jong-un-s-armoured-train-september-2023.geojson\"");
        JsonNode fc = r.json();
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        List<JsonNode> points = new ArrayList<>();
        List<JsonNode> paths = new ArrayList<>();
        for (JsonNode f : fc.get("features")) {
            if ("sighting".equals(f.path("properties").path("featureType").asText())) {
                points.add(f);
            } else if ("reported-path".equals(f.path("properties").path("featureType").asText())) {
                paths.add(f);
            }
        }
        assertThat(points).hasSize(3);
        assertThat(points).extracting(f -> f.get("properties").get("place").asText())
                .containsExactly("Pyongyang", "Khasan", "Vladivostok");
        // RFC 7946: [lon, lat]
        assertThat(points.get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(125.75432);
        assertThat(points.get(0).get("properties").get("source").asText()).isEqualTo("KCNA, via Yonhap");
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).get("geometry").get("coordinates")).hasSize(2); // the expected one is not a report

        Path file = downloads.resolve("demo.geojson");
        Files.writeString(file, r.body(), StandardCharsets.UTF_8);
        assertThat(ogrFeatureCount(file)).isEqualTo(fc.get("features").size());
    }

    @Test
    void ogrinfoCountsAFreshTracksFeatures() throws Exception {
        long id = server.postJson("/api/tracks", Map.of("name", "Ярославль → Москва")).json().get("id").asLong();
        for (int h = 0; h < 4; h++) {
            assertThat(server.postJson("/api/tracks/" + id + "/sightings", Map.of(
                    "observedAt", "2024-01-01T0" + h + ":00Z", "lat", 57.6 - h * 0.5, "lon", 39.9 - h * 0.6,
                    "source", "test")).status()).isEqualTo(201);
        }
        Reply r = server.get("/api/tracks/" + id + "/export?format=geojson");
        assertThat(r.header("Content-Disposition")).contains("filename=\"track-" + id + ".geojson\"");
        Path file = downloads.resolve("fresh.geojson");
        Files.writeString(file, r.body(), StandardCharsets.UTF_8);
        assertThat(ogrFeatureCount(file)).isEqualTo(r.json().get("features").size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theSecondDemoTrackIsPlacedByNameAndFollowsTheRails() {
        JsonNode track = server.get("/api/tracks").json().get(1);
        assertThat(track.get("name").asText()).contains("in Russia");
        JsonNode sightings = server.get("/api/tracks/" + track.get("id").asLong() + "/sightings").json();
        assertThat(sightings.findValuesAsText("place")).containsExactly("Khasan", "Razdolnoye",
                "Vostochny Cosmodrome", "Komsomolsk-on-Amur", "Artyom-Primorsky-1");
        assertThat(sightings.findValuesAsText("resolvedCountry")).containsOnly("RU");
        JsonNode path = server.get("/api/tracks/" + track.get("id").asLong() + "/path").json();
        assertThat(path.get("features")).hasSize(4);
        path.get("features").forEach(leg -> {
            assertThat(leg.get("properties").get("mode").asText()).isEqualTo("rail");
            assertThat(leg.get("properties").get("implausible").asBoolean()).isFalse();
        });
    }

    @Test
    void unknownFormatIs400AndUnknownTrack404() {
        long id = server.get("/api/tracks").json().get(0).get("id").asLong();
        Reply bad = server.get("/api/tracks/" + id + "/export?format=shp");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("format");
        assertThat(server.get("/api/tracks/424242/export?format=geojson").status()).isEqualTo(404);
    }

    /** Runs {@code ogrinfo -ro -al -so} and returns the "Feature Count" it reports. */
    static int ogrFeatureCount(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
