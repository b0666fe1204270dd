package whereabouts.network.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.Cli;
import whereabouts.http.TestServer;
import whereabouts.network.osm.OsmFixture;

/**
 * {@code import-network --mode road} on a generated OSM file (written as OSM XML, turned into PBF by Debian's
 * osmium-tool), then road legs and road routes on a real server from its next start.
 *
 * <pre>
 *   A 47.00,100.00 ==primary (90)== B 47.00,100.10
 *    |\  .                              \\ secondary_link (oneway)
 *    |  footway A–E .  residential A–C   C 46.95,100.15
 *    |               .          .          \\ tertiary (maxspeed 50 mph)
 *    |                        .   .          E 46.90,100.20
 * </pre>
 * The footway and the residential street are not roads for the road profile: the route is A–B–C–E.
 */
class RoadImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    record Run(int exit, String output) {
    }

    private Run cli(Path dataDir, String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
        int exit = Cli.run(args, Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), out, out);
        return new Run(exit, sink.toString(StandardCharsets.UTF_8));
    }

    private Path pbf() throws Exception {
        OsmFixture osm = new OsmFixture();
        long a = osm.node(47.00, 100.00);
        long b = osm.node(47.00, 100.10);
        long c = osm.node(46.95, 100.15);
        long e = osm.node(46.90, 100.20);
        osm.way(new long[] {a, b}, "highway", "primary", "name", "Main road", "maxspeed", "90");
        osm.way(new long[] {b, c}, "highway", "secondary_link", "oneway", "yes");
        osm.way(new long[] {c, e}, "highway", "tertiary", "maxspeed", "50 mph");
        osm.way(new long[] {a, e}, "highway", "footway");
        osm.way(new long[] {a, c}, "highway", "residential");
        Path xml = osm.writeXml(dir.resolve("roads.osm"));
        Path pbf = dir.resolve("roads.osm.pbf");
        Process osmium = new ProcessBuilder("osmium", "cat", xml.toString(), "-o", pbf.toString(), "--overwrite")
                .redirectErrorStream(true).start();
        String osmiumOut = new String(osmium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(osmium.waitFor()).as(osmiumOut).isZero();
        return pbf;
    }

    /** Haversine on a sphere of mean radius, km: an independent check of the geodesic lengths (within 0.5 %). */
    private static double sphereKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }

    @Test
    void roadsOfTheProfileAreImportedWithTheirOnewayAndMaxspeedTags() throws Exception {
        Path dataDir = dir.resolve("data");
        Run run = cli(dataDir, "import-network", "--mode", "road", pbf().toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("Imported 3 roads", "1 one-way", "2 with maxspeed");
        JsonNode roads = JSON.readTree(Files.readString(RoadNetworkSource.directory(dataDir)
                .resolve(RoadNetworkSource.FILE)));
        assertThat(roads.get("features")).extracting(f -> f.get("properties").get("highway").asText())
                .containsExactly("primary", "secondary_link", "tertiary");
        assertThat(roads.get("features").get(1).get("properties").get("oneway").asInt()).isEqualTo(1);
        assertThat(roads.get("features").get(2).get("properties").get("maxspeedKmh").asDouble())
                .isCloseTo(80.47, within(0.01));
    }

    @Test
    void roadLegsRouteOnTheImportFromTheNextStartAndResetMakesThemGeodesicAgain() throws Exception {
        Path dataDir = dir.resolve("data");
        String route = "/api/route?mode=road&from=47.0,100.0&to=46.9,100.2";
        try (TestServer before = TestServer.start(dataDir, false)) {
            JsonNode p = before.get(route).json().get("properties");
            assertThat(p.get("mode").asText()).isEqualTo("geodesic");
            assertThat(p.get("reason").asText()).contains("import-network --mode road");
        }
        assertThat(cli(dataDir, "import-network", "--mode", "road", pbf().toString()).exit()).isZero();
        double viaRoads = sphereKm(47.0, 100.0, 47.0, 100.1) + sphereKm(47.0, 100.1, 46.95, 100.15)
                + sphereKm(46.95, 100.15, 46.9, 100.2);
        double straight = sphereKm(47.0, 100.0, 46.9, 100.2);
        try (TestServer after = TestServer.start(dataDir, false)) {
            JsonNode p = after.get(route).json().get("properties");
            assertThat(p.get("mode").asText()).isEqualTo("road");
            assertThat(p.get("lengthKm").asDouble()).isCloseTo(viaRoads, within(viaRoads * 0.005))
                    .isGreaterThan(straight + 1);

            long track = after.postJson("/api/tracks", Map.of("name", "Motorcade", "mode", "road")).json()
                    .get("id").asLong();
            for (Map<String, Object> s : List.<Map<String, Object>>of(
                    Map.of("observedAt", "2024-05-01T08:00+08:00", "lat", 47.0, "lon", 100.0, "source", "test"),
                    Map.of("observedAt", "2024-05-01T09:00+08:00", "lat", 46.9, "lon", 100.2, "source", "test"))) {
                assertThat(after.postJson("/api/tracks/" + track + "/sightings", s).status()).isEqualTo(201);
            }
            JsonNode leg = after.get("/api/tracks/" + track + "/path").json().get("features").get(0)
                    .get("properties");
            assertThat(leg.get("travelMode").asText()).isEqualTo("road");
            assertThat(leg.get("routedOn").asText()).isEqualTo("road");
            assertThat(leg.get("lengthKm").asDouble()).isCloseTo(viaRoads, within(viaRoads * 0.005));
        }
        Run reset = cli(dataDir, "import-network", "--mode", "road", "--reset");
        assertThat(reset.exit()).as(reset.output()).isZero();
        try (TestServer again = TestServer.start(dataDir, false)) {
            assertThat(again.get(route).json().get("properties").get("mode").asText()).isEqualTo("geodesic");
        }
    }

    @Test
    void misuseIsExitCode2AndRailStillImportsThroughTheSameCommand() throws Exception {
        Path dataDir = dir.resolve("data");
        assertThat(cli(dataDir, "import-network", "road.osm").exit()).isEqualTo(2);
        Run unknown = cli(dataDir, "import-network", "--mode", "sea", "x.osm");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.output()).contains("unknown mode 'sea'");
        Run missing = cli(dataDir, "import-network", "--mode", "road", dir.resolve("nope.osm.pbf").toString());
        assertThat(missing.exit()).as(missing.output()).isEqualTo(1);
        Run rail = cli(dataDir, "import-network", "--mode", "rail", "--reset");
        assertThat(rail.exit()).as(rail.output()).isZero();
        assertThat(rail.output()).contains("shipped");
    }
}
