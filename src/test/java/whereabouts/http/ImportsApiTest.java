package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.AppConfig;
import whereabouts.http.TestServer.Reply;

/**
 * Bulk import: files GDAL wrote from one GeoJSON fixture (GPX, KML through LIBKML, CSV with X/Y), our own
 * exports, hand-written files with bad rows, duplicates, dry runs, limits and unknown formats.
 */
class ImportsApiTest extends ApiTestBase {
    static final Path FIXTURE = Path.of("src/test/resources/imports/reports.geojson");

    @TempDir
    static Path files;

    long newTrack(String name) {
        return server.postJson("/api/tracks", Map.of("name", name)).json().get("id").asLong();
    }

    Reply upload(long track, String query, String name, byte[] content, Map<String, String> fields) {
        return server.postFile("/api/tracks/" + track + "/imports" + query, name, content, fields);
    }

    JsonNode sightings(long track) {
        return server.get("/api/tracks/" + track + "/sightings").json();
    }

    Path gdal(String name, String... args) {
        Path out = files.resolve(System.nanoTime() + "-" + name);
        String[] cmd = new String[args.length + 2];
        System.arraycopy(args, 0, cmd, 0, args.length);
        cmd[args.length] = out.toString();
        cmd[args.length + 1] = FIXTURE.toAbsolutePath().toString();
        // ogr2ogr [options] dst src: the options come first
        String[] ordered = new String[cmd.length];
        int i = 0;
        for (String a : args) {
            ordered[i++] = a;
        }
        ordered[i++] = out.toString();
        ordered[i] = FIXTURE.toAbsolutePath().toString();
        Ogr.ogr2ogr(ordered);
        return out;
    }

    /** Dry run, real run, then the same file again: 5, 5, then 5 duplicates; the Khasan report as written. */
    void importsTheFiveReports(Path file) throws Exception {
        long track = newTrack("import " + file.getFileName());
        byte[] content = Files.readAllBytes(file);
        Reply dry = upload(track, "?dryRun=true", file.getFileName().toString(), content, Map.of());
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("accepted").asInt()).as(dry.body()).isEqualTo(5);
        assertThat(dry.json().get("rejected")).isEmpty();
        assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
        assertThat(sightings(track)).isEmpty();

        Reply real = upload(track, "", file.getFileName().toString(), content, Map.of());
        assertThat(real.json().get("accepted").asInt()).as(real.body()).isEqualTo(5);
        assertThat(real.json().get("duplicates").asInt()).isZero();
        JsonNode stored = sightings(track);
        assertThat(stored).hasSize(5);
        JsonNode khasan = stored.get(2);
        assertThat(khasan.get("place").asText()).isEqualTo("Khasan");
        assertThat(khasan.get("source").asText()).isEqualTo("TBS");
        assertThat(khasan.get("confidence").asText()).isEqualTo("reported");
        assertThat(OffsetDateTime.parse(khasan.get("observedAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2023-09-12T03:10:00+09:00").toInstant());
        assertThat(khasan.get("lat").asDouble()).isCloseTo(42.428, within(1e-6));
        assertThat(khasan.get("lon").asDouble()).isCloseTo(130.6452, within(1e-6));

        Reply again = upload(track, "", file.getFileName().toString(), content, Map.of());
        assertThat(again.json().get("accepted").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(5);
        assertThat(sightings(track)).hasSize(5);
    }

    @Test
    void geojsonFixture() throws Exception {
        importsTheFiveReports(FIXTURE);
    }

    @Test
    void gpxWrittenByGdal() throws Exception {
        importsTheFiveReports(gdal("reports.gpx", "-f", "GPX", "-nln", "waypoints", "-dsco", "GPX_USE_EXTENSIONS=YES"));
    }

    @Test
    void kmlWrittenByGdalsLibkml() throws Exception {
        importsTheFiveReports(gdal("reports.kml", "-f", "LIBKML", "--config", "LIBKML_TIMESTAMP_FIELD", "time"));
    }

    @Test
    void csvWrittenByGdalWithXY() throws Exception {
        Path csv = gdal("reports.csv", "-f", "CSV", "-lco", "GEOMETRY=AS_XY");
        assertThat(Files.readString(csv)).contains("2023/09/12 03:10:00+09");
        importsTheFiveReports(csv);
    }

    @Test
    void csvWithWktWrittenByGdal() throws Exception {
        importsTheFiveReports(gdal("reports-wkt.csv", "-f", "CSV", "-lco", "GEOMETRY=AS_WKT"));
    }

    @Test
    void anImportIsAnnouncedLiveOnceAndADryRunNotAtAll() throws Exception {
        long track = newTrack("live import");
        byte[] content = Files.readAllBytes(FIXTURE);
        try (EventStreamClient events = EventStreamClient.open(server)) {
            assertThat(events.next("event: hello")).isNotNull();
            assertThat(events.next("data: ")).contains("lastSequence");
            assertThat(upload(track, "?dryRun=true", "r.geojson", content, Map.of()).status()).isEqualTo(200);
            assertThat(upload(track, "", "r.geojson", content, Map.of()).json().get("accepted").asInt()).isEqualTo(5);
            // the dry run announced nothing: the first change heard is the import, once for its five sightings
            assertThat(events.next("data: ")).contains("\"type\":\"sightings-imported\"")
                    .contains("\"trackId\":" + track);
            assertThat(server.postJson("/api/tracks/" + track + "/sightings", Map.of("observedAt",
                    "2023-09-14T10:00+10:00", "lat", 43.1, "lon", 131.9, "source", "TASS")).status()).isEqualTo(201);
            assertThat(events.next("data: ")).contains("\"type\":\"sighting-created\"");
        }
    }

    @Test
    void ourOwnExportsComeBackIn() throws Exception {
        long from = newTrack("exported");
        assertThat(upload(from, "", "r.geojson", Files.readAllBytes(FIXTURE), Map.of()).json().get("accepted")
                .asInt()).isEqualTo(5);
        for (String format : new String[] {"csv", "geojson", "gpx", "kml"}) {
            byte[] export = server.get("/api/tracks/" + from + "/export?format=" + format + "&sample=PT6H").body()
                    .getBytes(StandardCharsets.UTF_8);
            long to = newTrack("re-imported " + format);
            Reply r = upload(to, "", "export." + format, export, Map.of("source", "re-import"));
            assertThat(r.json().get("accepted").asInt()).as(format + ": " + r.body()).isEqualTo(5);
            assertThat(r.json().get("rejected")).as(format).isEmpty();
            assertThat(sightings(to).findValuesAsText("place")).as(format).contains("Khasan", "Ussuriysk");
        }
    }

    @Test
    void badRowsAreRejectedWithTheirReasonsAndTheRestIsStored() {
        long track = newTrack("bad rows");
        String csv = """
                time,lat,lon,place,source,confidence
                2023-09-12T03:10+09:00,42.428,130.6452,Khasan,TBS,reported
                2023-09-12 03:10,42.428,130.6452,Khasan,TBS,reported
                2023-09-12T05:00+09:00,142.0,130.0,,TBS,reported
                2023-09-12T06:00+10:00,,,Vladivostok,,confirmed
                2023-09-12T07:00+10:00,,,Xyzzyville,TASS,reported
                2023-09-12T08:00+10:00,43.8,131.95,Ussuriysk,RIA,sure
                2023/09/12 09:40:00+10,43.7974,131.9513,Ussuriysk,RIA,reported
                """;
        Reply r = upload(track, "", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("format").asText()).isEqualTo("csv");
        assertThat(r.json().get("rows").asInt()).isEqualTo(7);
        // issue #25: a time without offset at a known place ("2023-09-12 03:10" at Khasan) is that place's local time
        assertThat(r.json().get("accepted").asInt()).isEqualTo(3);
        JsonNode rejected = r.json().get("rejected");
        assertThat(rejected.findValuesAsText("row")).containsExactly("3", "4", "5", "6");
        assertThat(rejected.findValuesAsText("field"))
                .containsExactly("lat", "source", "place", "confidence");
        assertThat(sightings(track)).hasSize(3);
        assertThat(sightings(track).findValuesAsText("observedAt")).contains("2023-09-12T03:10+10:00");
    }

    @Test
    void placesByNameAreGeocodedAsInTheForm() {
        long track = newTrack("by name");
        String csv = "observedAt,place,source\n2023-09-12T06:00+10:00,Владивосток,TASS\n"
                + "2023-09-10T15:00+09:00,평양,KCNA\n";
        Reply r = upload(track, "", "names.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.json().get("accepted").asInt()).as(r.body()).isEqualTo(2);
        JsonNode stored = sightings(track);
        assertThat(stored.findValuesAsText("resolvedName")).containsExactly("Pyongyang", "Vladivostok");
        assertThat(stored.get(1).get("lon").asDouble()).isCloseTo(131.87, within(0.1));
    }

    @Test
    void defaultsFillRowsWithoutSourceOrConfidence() {
        long track = newTrack("gpx without source");
        String gpx = """
                <?xml version="1.0"?>
                <gpx version="1.1" creator="a phone" xmlns="http://www.topografix.com/GPX/1/1">
                  <wpt lat="42.428" lon="130.6452"><time>2023-09-12T03:10:00+09:00</time><name>Khasan</name></wpt>
                  <wpt lat="43.1155" lon="131.8855"><time>2023-09-12T18:00:00Z</time></wpt>
                </gpx>
                """;
        byte[] content = gpx.getBytes(StandardCharsets.UTF_8);
        Reply without = upload(track, "?dryRun=true", "phone.gpx", content, Map.of());
        assertThat(without.json().get("accepted").asInt()).isZero();
        assertThat(without.json().get("rejected").findValuesAsText("field")).containsOnly("source");
        Reply with = upload(track, "", "phone.gpx", content, Map.of("source", "Reuters photographer",
                "confidence", "unverified"));
        assertThat(with.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(sightings(track).findValuesAsText("source")).containsOnly("Reuters photographer");
        assertThat(sightings(track).findValuesAsText("confidence")).containsOnly("unverified");
        assertThat(upload(track, "", "phone.gpx", content, Map.of("confidence", "certain")).status()).isEqualTo(400);
    }

    @Test
    void otherCsvHeadersNeedAColumnMapping() {
        long track = newTrack("mapped");
        byte[] csv = "Zeit;Breite;Länge;Quelle\n2023-09-12T03:10+09:00;42.428;130.6452;TBS\n"
                .getBytes(StandardCharsets.UTF_8);
        Reply unmapped = upload(track, "", "de.csv", csv, Map.of());
        assertThat(unmapped.status()).isEqualTo(400);
        assertThat(unmapped.json().get("field").asText()).isEqualTo("columns");
        assertThat(unmapped.json().get("message").asText()).contains("Zeit");
        Reply mapped = upload(track, "", "de.csv", csv,
                Map.of("columns", "observedAt=Zeit,lat=Breite,lon=Länge,source=Quelle"));
        assertThat(mapped.json().get("accepted").asInt()).as(mapped.body()).isEqualTo(1);
        assertThat(upload(track, "", "de.csv", csv, Map.of("columns", "when=Zeit")).status()).isEqualTo(400);
    }

    @Test
    void unknownFormatsMissingFilesAndUnknownTracksStoreNothing() {
        long track = newTrack("refusals");
        Reply binary = upload(track, "", "x.gpkg", new byte[] {'S', 'Q', 'L', 0, 1, 2}, Map.of());
        assertThat(binary.status()).isEqualTo(415);
        assertThat(binary.json().get("error").asText()).isEqualTo("unknown_format");
        assertThat(binary.json().get("field").asText()).isEqualTo("file");
        assertThat(upload(track, "", "x.txt", "just some words".getBytes(StandardCharsets.UTF_8), Map.of()).status())
                .isEqualTo(415);
        assertThat(upload(track, "", "x.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                Map.of()).status()).isEqualTo(415);
        assertThat(upload(track, "", "x.json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8), Map.of()).status())
                .isEqualTo(415);
        assertThat(upload(track, "", "empty.csv", new byte[0], Map.of()).status()).isEqualTo(415);
        assertThat(server.postJson("/api/tracks/" + track + "/imports", Map.of("a", "b")).status()).isEqualTo(415);
        assertThat(upload(424242, "", "r.geojson", "{}".getBytes(StandardCharsets.UTF_8), Map.of()).status())
                .isEqualTo(404);
        assertThat(sightings(track)).isEmpty();
    }

    @Test
    void moreThan100000RowsIsRefusedWhole() {
        long track = newTrack("too many");
        StringBuilder csv = new StringBuilder("time,lat,lon,source\n");
        for (int i = 0; i <= 100_000; i++) {
            csv.append("2023-09-12T03:10+09:00,42.4,").append(130 + i * 1e-6).append(",s\n");
        }
        Reply r = upload(track, "", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).isEqualTo("too_many_rows");
        assertThat(sightings(track)).isEmpty();
    }

    @Test
    void aFileOverTheConfiguredSizeIsRefused(@TempDir Path dataDir) {
        AppConfig d = AppConfig.defaults(dataDir, 0, false);
        AppConfig small = new AppConfig(d.port(), d.host(), d.dataDir(), d.dbUrl(), d.dbUser(), d.dbPassword(),
                false, d.maxSnapKm(), 2_000);
        try (TestServer limited = TestServer.start(small)) {
            long track = limited.postJson("/api/tracks", Map.of("name", "small")).json().get("id").asLong();
            StringBuilder csv = new StringBuilder("time,lat,lon,source\n");
            for (int i = 0; i < 100; i++) {
                csv.append("2023-09-12T03:10+09:00,42.4,").append(130 + i * 1e-3).append(",s\n");
            }
            Reply r = limited.postFile("/api/tracks/" + track + "/imports", "big.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(r.status()).as(r.body()).isEqualTo(413);
            assertThat(r.json().get("error").asText()).isEqualTo("file_too_large");
            assertThat(limited.get("/api/tracks/" + track + "/sightings").json()).isEmpty();
        }
    }
}
