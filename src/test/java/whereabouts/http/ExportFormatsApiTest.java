package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format, read back by GDAL: feature count, one coordinate and one time must match. */
class ExportFormatsApiTest extends ApiTestBase {
    @TempDir
    static Path downloads;

    long trackId;

    @BeforeAll
    void fourSightingsOffTheRails() {
        trackId = server.postJson("/api/tracks", Map.of("name", "Ярославль → Москва")).json().get("id").asLong();
        for (int h = 0; h < 4; h++) {
            assertThat(server.postJson("/api/tracks/" + trackId + "/sightings", Map.of(
                    "observedAt", "2024-01-01T0" + h + ":00Z", "lat", 57.6 - h * 0.5, "lon", 39.9 - h * 0.6,
                    "source", "test " + h, "notes", "a \"quoted\", comma; <b>not bold</b>")).status()).isEqualTo(201);
        }
    }

    Path download(String query, String expectedType, String expectedExtension) throws IOException,
            InterruptedException {
        HttpResponse<Path> r = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("/api/tracks/" + trackId + "/export?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofFile(downloads.resolve("x" + System.nanoTime() + expectedExtension)));
        if (r.statusCode() != 200) {
            throw new AssertionError(query + " answered " + r.statusCode() + ": " + Files.readString(r.body()));
        }
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(expectedType);
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"track-" + trackId + expectedExtension + "\"");
        return r.body();
    }

    @Test
    void geojson() throws Exception {
        Path f = download("format=geojson", "application/geo+json", ".geojson");
        // 4 sightings, the reported path, 3 legs
        assertThat(Ogr.featureCounts(f).values()).containsExactly(8);
        assertThat(Ogr.info(f)).contains("POINT (39.9 57.6)").contains("2024/01/01 00:00:00+00");
    }

    @Test
    void gpx() throws Exception {
        Path f = download("format=gpx", "application/gpx+xml", ".gpx");
        Map<String, Integer> counts = Ogr.featureCounts(f);
        assertThat(counts).containsEntry("waypoints", 4).containsEntry("tracks", 1);
        assertThat(counts.get("track_points")).isGreaterThanOrEqualTo(4);
        assertThat(Ogr.info(f)).contains("POINT (39.9 57.6)").contains("2024/01/01 00:00:00+00")
                .contains("2024/01/01 03:00:00+00").contains("test 0");
    }

    @Test
    void kml() throws Exception {
        Path f = download("format=kml", "application/vnd.google-earth.kml+xml", ".kml");
        assertThat(Ogr.featureCounts(f)).containsEntry("Sightings", 4).containsEntry("Path", 3);
        assertThat(Ogr.info(f)).contains("POINT (39.9 57.6)")
                .contains("timestamp (DateTime) = 2024/01/01 00:00:00").contains("begin (DateTime) = 2024/01/01 01:00:00")
                .contains("Style = @reported");
    }

    @Test
    void csv() throws Exception {
        Path f = download("format=csv", "text/csv", ".csv");
        String csv = Files.readString(f);
        assertThat(csv).startsWith("featureType,id,trackId,").contains("\r\n")
                .contains("\"a \"\"quoted\"\", comma; <b>not bold</b>\"");
        assertThat(Ogr.featureCounts(f).values()).containsExactly(4);
        assertThat(Ogr.info(f)).contains("POINT (39.9 57.6)").contains("2024-01-01T00:00:00Z");
        assertThat(Ogr.info(f, "X_POSSIBLE_NAMES=lon", "Y_POSSIBLE_NAMES=lat", "GEOM_POSSIBLE_NAMES=none",
                "AUTODETECT_TYPE=YES")).contains("POINT (39.9 57.6)").contains("2024/01/01 00:00:00+00");
    }

    @Test
    void gpkg() throws Exception {
        Path f = download("format=gpkg", "application/geopackage+sqlite3", ".gpkg");
        assertThat(Ogr.featureCounts(f)).containsEntry("sightings", 4).containsEntry("legs", 3);
        assertThat(Ogr.info(f)).contains("POINT (39.9 57.6)").contains("2024/01/01 00:00:00")
                .contains("LINESTRING (39.9 57.6");
    }

    @Test
    void mfjson() throws Exception {
        Path f = download("format=mfjson", "application/json", ".mf.json");
        var root = TestServer.parse(Files.readString(f));
        MfJsonCheck.assertValid(root);
        whereabouts.geo.GeoJsonCheck.assertValid(root);
        assertThat(Ogr.featureCounts(f).values()).containsExactly(5);
        assertThat(Ogr.info(f)).contains("POINT (39.9 57.6)").contains("2024/01/01 00:00:00+00");
    }

    @Test
    void sampledPositionsComeInEveryFormat() throws Exception {
        // 00:00 .. 03:00 every 30 minutes: 7 estimated positions
        assertThat(Ogr.featureCounts(download("format=geojson&sample=PT30M", "application/geo+json", ".geojson"))
                .values()).containsExactly(8 + 7);
        assertThat(Ogr.featureCounts(download("format=gpx&sample=PT30M", "application/gpx+xml", ".gpx")))
                .containsEntry("waypoints", 4 + 7);
        assertThat(Ogr.featureCounts(download("format=kml&sample=PT30M", "application/vnd", ".kml")))
                .containsEntry("Estimated positions", 7);
        assertThat(Ogr.featureCounts(download("format=csv&sample=PT30M", "text/csv", ".csv")).values())
                .containsExactly(4 + 7);
        assertThat(Ogr.featureCounts(download("format=gpkg&sample=PT30M", "application/geo", ".gpkg")))
                .containsEntry("positions", 7);
        Path mf = download("format=mfjson&sample=PT30M", "application/json", ".mf.json");
        assertThat(Ogr.featureCounts(mf).values()).containsExactly(5 + 7);
        assertThat(Ogr.info(mf)).contains("2024/01/01 00:30:00+00").contains("uncertaintyKm (Real)");
    }

    @Test
    void badFormatsAndSamplesAre400() {
        for (String q : new String[] {"format=shp", "format=", "format=geojson&sample=hourly",
                "format=gpx&sample=PT1S", "format=csv&sample=PT0.001S"}) {
            TestServer.Reply r = server.get("/api/tracks/" + trackId + "/export?" + q);
            if (q.equals("format=")) {
                assertThat(r.status()).as(q).isEqualTo(200); // an empty format means the default, geojson
                continue;
            }
            assertThat(r.status()).as(q).isEqualTo(400);
            assertThat(r.json().get("field").asText()).as(q).isIn("format", "sample");
        }
        assertThat(server.get("/api/tracks/424242/export?format=kml").status()).isEqualTo(404);
    }
}
