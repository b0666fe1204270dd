package whereabouts.network.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.Cli;
import whereabouts.http.TestServer;

/**
 * Road routes on an imported, generated OSM file respect one-way roads and are timed at the roads' speeds, on a
 * real server:
 *
 * <pre>
 *   A 47.00,100.00 ───primary, oneway=yes, maxspeed 100──▶ B 47.00,100.10
 *   ▲ primary, junction=roundabout (implied one-way M→A), maxspeed 30      │ secondary (both ways, 60 by default)
 *   M 46.975,100.00                                                        │
 *   ▲ motorway (implied one-way D→M, 100 by default)                       ▼
 *   D 46.95,100.00 ◀──tertiary drawn D→C, oneway=-1 (50 by default)─── C 46.95,100.10
 * </pre>
 * A→B is the direct road; B→A must go round B–C–D–M–A; D→C, against the one-way tertiary, goes D–M–A–B–C; A→D,
 * against the roundabout, goes A–B–C–D.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoadOnewayRouteTest {
    private static final double[] A = {47.00, 100.00};
    private static final double[] B = {47.00, 100.10};
    private static final double[] C = {46.95, 100.10};
    private static final double[] D = {46.95, 100.00};
    private static final double[] M = {46.975, 100.00};
    private Path dataDir;

    @BeforeAll
    void importRoads(@TempDir Path dir) {
        OsmFixture osm = new OsmFixture();
        long a = osm.node(A[0], A[1]);
        long b = osm.node(B[0], B[1]);
        long c = osm.node(C[0], C[1]);
        long d = osm.node(D[0], D[1]);
        long m = osm.node(M[0], M[1]);
        osm.way(new long[] {a, b}, "highway", "primary", "oneway", "yes", "maxspeed", "100");
        osm.way(new long[] {b, c}, "highway", "secondary");
        osm.way(new long[] {d, c}, "highway", "tertiary", "oneway", "-1");
        osm.way(new long[] {d, m}, "highway", "motorway");
        osm.way(new long[] {m, a}, "highway", "primary", "junction", "roundabout", "maxspeed", "30");
        Path pbf = osm.writePbf(dir.resolve("square.osm.pbf"));
        dataDir = dir.resolve("data");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
        int exit = Cli.run(new String[] {"import-network", "--mode", "road", pbf.toString()},
                Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), out, out);
        assertThat(exit).as(sink.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(sink.toString(StandardCharsets.UTF_8)).contains("Imported 5 roads", "4 one-way");
    }

    /** Haversine on a sphere of mean radius, km: an independent check of the lengths (within 0.5 %). */
    private static double km(double[] p, double[] q) {
        double p1 = Math.toRadians(p[0]);
        double p2 = Math.toRadians(q[0]);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(q[1] - p[1]) / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }

    private static JsonNode route(TestServer server, double[] from, double[] to) {
        JsonNode p = server.get("/api/route?mode=road&from=" + from[0] + "," + from[1] + "&to=" + to[0] + ","
                + to[1]).json().get("properties");
        assertThat(p.get("mode").asText()).as(p.toString()).isEqualTo("road");
        return p;
    }

    /** Within 0.5 % and the API's rounding (lengths to 0.1 km, times to 0.1 minute). */
    private static void assertLengthAndTime(JsonNode p, double km, double minutes) {
        assertThat(p.get("lengthKm").asDouble()).isCloseTo(km, within(0.05 + km * 0.005));
        assertThat(p.get("travelMinutes").asDouble()).isCloseTo(minutes, within(0.05 + minutes * 0.005));
    }

    @Test
    void oneWayRoadsForceTheDetourAndRoutesAreTimedAtTheRoadsSpeeds() {
        double ab = km(A, B);
        double bc = km(B, C);
        double cd = km(C, D);
        double dm = km(D, M);
        double ma = km(M, A);
        try (TestServer server = TestServer.start(dataDir, false)) {
            assertLengthAndTime(route(server, A, B), ab, ab / 100 * 60);
            // back against the one-way primary: round the square, C→D with the oneway=-1 road
            assertLengthAndTime(route(server, B, A), bc + cd + dm + ma,
                    (bc / 60 + cd / 50 + dm / 100 + ma / 30) * 60);
            // against the oneway=-1 tertiary: up the motorway and the roundabout, along the primary, down to C
            assertLengthAndTime(route(server, D, C), dm + ma + ab + bc,
                    (dm / 100 + ma / 30 + ab / 100 + bc / 60) * 60);
            // against the roundabout and the motorway
            assertLengthAndTime(route(server, A, D), ab + bc + cd, (ab / 100 + bc / 60 + cd / 50) * 60);
        }
    }

    @Test
    void aRoadLegOfATrackTakesTheDetourAndCarriesItsTravelTime() {
        double detour = km(B, C) + km(C, D) + km(D, M) + km(M, A);
        try (TestServer server = TestServer.start(dataDir, false)) {
            long track = server.postJson("/api/tracks", Map.of("name", "Motorcade", "mode", "road")).json()
                    .get("id").asLong();
            for (Map<String, Object> s : List.<Map<String, Object>>of(
                    Map.of("observedAt", "2024-05-01T08:00+08:00", "lat", B[0], "lon", B[1], "source", "test"),
                    Map.of("observedAt", "2024-05-01T09:00+08:00", "lat", A[0], "lon", A[1], "source", "test"))) {
                assertThat(server.postJson("/api/tracks/" + track + "/sightings", s).status()).isEqualTo(201);
            }
            JsonNode leg = server.get("/api/tracks/" + track + "/path").json().get("features").get(0)
                    .get("properties");
            assertThat(leg.get("routedOn").asText()).isEqualTo("road");
            assertThat(leg.get("lengthKm").asDouble()).isCloseTo(detour, within(detour * 0.005));
            assertThat(leg.get("travelMinutes").asDouble()).isGreaterThan(0);
        }
    }

    @Test
    void withNoObservedSpeedAProjectionByRoadArrivesAfterTheRoadsTravelTime() {
        try (TestServer server = TestServer.start(dataDir, false)) {
            long track = server.postJson("/api/tracks", Map.of("name", "Convoy", "mode", "road")).json()
                    .get("id").asLong();
            assertThat(server.postJson("/api/tracks/" + track + "/sightings", Map.of("observedAt",
                    "2024-05-01T08:00Z", "lat", B[0], "lon", B[1], "source", "test")).status()).isEqualTo(201);
            assertThat(server.postJson("/api/tracks/" + track + "/sightings", Map.of("observedAt",
                    "2024-05-01T12:00Z", "lat", A[0], "lon", A[1], "source", "test", "kind", "expected"))
                    .status()).isEqualTo(201);
            JsonNode projection = null;
            for (JsonNode f : server.get("/api/tracks/" + track + "/path").json().get("features")) {
                if ("projection".equals(f.path("properties").path("featureType").asText())) {
                    projection = f.get("properties");
                }
            }
            assertThat(projection).as("a projection to the expected destination").isNotNull();
            double minutes = route(server, B, A).get("travelMinutes").asDouble();
            java.time.Instant eta = java.time.Instant.parse(projection.get("etaUtc").asText());
            double took = java.time.Duration.between(java.time.Instant.parse("2024-05-01T08:00:00Z"), eta)
                    .toSeconds() / 60.0;
            assertThat(took).as("minutes from the last sighting to the ETA").isCloseTo(minutes, within(0.1));
        }
    }
}
