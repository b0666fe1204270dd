package whereabouts.network.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.Cli;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.http.TestServer;

/** An imported OSM file changes the routes and the rail layer of a real server from its next start. */
class RailImportServerTest {
    @TempDir
    Path dir;

    private int importRail(Path dataDir, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "import-rail";
        System.arraycopy(args, 0, all, 1, args.length);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return Cli.run(all, Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), out, out);
    }

    /** Half a circle of radius 50 km around 47 N 100 E (Mongolia, far from the shipped lines), a vertex per 2°. */
    private static List<LatLon> arc() {
        List<LatLon> out = new ArrayList<>();
        for (int deg = 0; deg <= 180; deg += 2) {
            out.add(Geodesy.destination(new LatLon(47.0, 100.0), 270 + deg, 50_000));
        }
        return out;
    }

    private static String latLon(LatLon p) {
        return String.format(Locale.ROOT, "%.7f,%.7f", p.lat(), p.lon());
    }

    @Test
    void anImportedCurveIsRoutedAlongItsGeodesicLengthFromTheNextStartAndResetUndoesIt() {
        Path dataDir = dir.resolve("data");
        List<LatLon> arc = arc();
        String route = "/api/route?mode=rail&from=" + latLon(arc.get(0)) + "&to=" + latLon(arc.get(arc.size() - 1));
        try (TestServer shipped = TestServer.start(dataDir, false)) {
            assertThat(shipped.get(route).json().path("properties").path("mode").asText()).isEqualTo("geodesic");
            JsonNode info = shipped.get("/api/rail/network").json().path("network");
            assertThat(info.path("source").asText()).isEqualTo("shipped");
            assertThat(info.path("files")).hasSize(6);
            assertThat(info.path("stations").asInt()).isGreaterThan(100);
        }

        OsmFixture osm = new OsmFixture();
        long[] refs = new long[arc.size()];
        for (int i = 0; i < refs.length; i++) {
            LatLon p = arc.get(i);
            refs[i] = i == 45
                    ? osm.node(p.lat(), p.lon(), "railway", "halt", "name", "Arc Halt", "name:ko", "원호역",
                            "name:ru", "Дуга", "name:zh", "弧站")
                    : osm.node(p.lat(), p.lon());
        }
        osm.way(refs, "railway", "rail", "name", "Arc Railway", "gauge", "1520");
        assertThat(importRail(dataDir, osm.writePbf(dir.resolve("arc.osm.pbf")).toString())).isZero();

        double geodesicKm = Geodesy.lengthMeters(arc.stream()
                .map(p -> new LatLon(Math.round(p.lat() * 1e7) / 1e7, Math.round(p.lon() * 1e7) / 1e7))
                .toList()) / 1000;
        try (TestServer imported = TestServer.start(dataDir, false)) {
            JsonNode props = imported.get(route).json().path("properties");
            assertThat(props.path("mode").asText()).isEqualTo("rail");
            assertThat(props.path("lengthKm").asDouble()).isCloseTo(geodesicKm, within(geodesicKm * 0.001));
            assertThat(geodesicKm).isGreaterThan(150); // 0.1 % is more than the route's 0.1 km rounding

            JsonNode network = imported.get("/api/rail/network").json();
            JsonNode info = network.path("network");
            assertThat(info.path("source").asText()).isEqualTo("imported");
            assertThat(info.path("files").toString()).isEqualTo("[\"arc.geojson\"]");
            assertThat(info.path("lines").asInt()).isEqualTo(1);
            assertThat(info.path("stations").asInt()).isEqualTo(1);
            assertThat(info.path("sources").get(0).path("file").asText()).isEqualTo("arc.osm.pbf");
            JsonNode halt = network.path("features").get(1).path("properties");
            assertThat(halt.path("name").asText()).isEqualTo("Arc Halt");
            assertThat(halt.path("names").path("ko").asText()).isEqualTo("원호역");
            assertThat(halt.path("names").path("ru").asText()).isEqualTo("Дуга");
            assertThat(halt.path("names").path("zh").asText()).isEqualTo("弧站");
            assertThat(halt.path("country").asText()).isEqualTo("MN");

            // an imported station is a place: found by the geocoder in each of its scripts
            LatLon haltAt = arc.get(45);
            for (String name : List.of("Arc Halt", "원호역", "Дуга", "弧站")) {
                JsonNode first = imported.get("/api/geocode?q=" + java.net.URLEncoder.encode(name,
                        StandardCharsets.UTF_8)).json().path("features").get(0);
                LatLon found = new LatLon(first.path("geometry").path("coordinates").get(1).asDouble(),
                        first.path("geometry").path("coordinates").get(0).asDouble());
                assertThat(Geodesy.distanceMeters(found, haltAt)).as(name).isLessThan(1.0);
            }
        }

        assertThat(importRail(dataDir, "--reset")).isZero();
        try (TestServer again = TestServer.start(dataDir, false)) {
            assertThat(again.get(route).json().path("properties").path("mode").asText()).isEqualTo("geodesic");
            assertThat(again.get("/api/rail/network").json().path("network").path("source").asText())
                    .isEqualTo("shipped");
        }
    }

    /*
     *   A (railway:position 10.0) ---- 20 km drawn ---- B (railway:position 40.0)
     *   OSM's km posts measure the imported line: A → B is 30 km, not the 20 km drawn.
     */
    @Test
    void railwayPositionTagsMeasureTheImportedLine() {
        Path dataDir = dir.resolve("measured");
        LatLon a = new LatLon(47.0, 100.0);
        LatLon mid = Geodesy.destination(a, 90, 10_000);
        LatLon b = Geodesy.destination(a, 90, 20_000);
        OsmFixture osm = new OsmFixture();
        long[] refs = {
            osm.node(a.lat(), a.lon(), "railway", "station", "name", "Alpha", "railway:position", "10.0"),
            osm.node(mid.lat(), mid.lon()),
            osm.node(b.lat(), b.lon(), "railway", "station", "name", "Beta", "railway:position", "40.0")};
        osm.way(refs, "railway", "rail", "name", "Measured Railway");
        assertThat(importRail(dataDir, osm.writePbf(dir.resolve("measured.osm.pbf")).toString())).isZero();

        try (TestServer server = TestServer.start(dataDir, false)) {
            JsonNode props = server.get("/api/route?mode=rail&from=" + latLon(a) + "&to=" + latLon(b)).json()
                    .path("properties");
            assertThat(props.path("lengthKm").asDouble()).isCloseTo(30.0, within(0.1));
            assertThat(props.path("drawnKm").asDouble()).isCloseTo(20.0, within(0.1));
            assertThat(props.path("calibratedShare").asDouble()).isCloseTo(1.0, within(0.01));
        }
    }
}
