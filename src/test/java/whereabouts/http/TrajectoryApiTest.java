package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.http.TestServer.Reply;

/** {@code /path}, {@code /position} and the export's legs, against the real server over HTTP. */
class TrajectoryApiTest extends ApiTestBase {
    long trackId;

    @BeforeAll
    void addReports() {
        trackId = server.postJson("/api/tracks", Map.of("name", "Armoured train, Sept 2023")).json().get("id").asLong();
        addReport(Map.of("observedAt", "2023-09-10T15:00+09:00", "timeUncertaintyMinutes", 180, "lat", 39.03385,
                "lon", 125.75432, "locationUncertaintyKm", 5, "source", "KCNA"));
        addReport(Map.of("observedAt", "2023-09-12T06:00+10:00", "timeUncertaintyMinutes", 180, "lat", 42.42387,
                "lon", 130.65156, "locationUncertaintyKm", 2, "source", "TBS"));
        addReport(Map.of("observedAt", "2023-09-13T12:00+10:00", "timeUncertaintyMinutes", 1440, "lat", 43.10562,
                "lon", 131.87353, "locationUncertaintyKm", 10, "source", "TASS", "kind", "expected"));
    }

    void addReport(Map<String, Object> fields) {
        assertThat(server.postJson("/api/tracks/" + trackId + "/sightings", fields).status()).isEqualTo(201);
    }

    Reply get(String path) {
        return server.get(path);
    }

    static List<JsonNode> features(JsonNode fc, String featureType) {
        List<JsonNode> out = new ArrayList<>();
        fc.get("features").forEach(f -> {
            if (featureType.equals(f.path("properties").path("featureType").asText())) {
                out.add(f);
            }
        });
        return out;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void thePathHasALegAlongTheRouteAndAProjectionToTheExpectedDestination() throws Exception {
        Reply r = get("/api/tracks/" + trackId + "/path");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        assertThat(r.json().get("type").asText()).isEqualTo("FeatureCollection");

        List<JsonNode> legs = features(r.json(), "leg");
        assertThat(legs).hasSize(1);
        JsonNode leg = legs.get(0);
        assertThat(leg.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(leg.get("geometry").get("coordinates").size()).isGreaterThan(100); // along the rails
        JsonNode start = leg.get("geometry").get("coordinates").get(0); // [lon, lat], snapped onto the line
        assertThat(Geodesy.distanceMeters(new LatLon(start.get(1).asDouble(), start.get(0).asDouble()),
                new LatLon(39.03385, 125.75432))).isLessThan(25_000);
        JsonNode p = leg.get("properties");
        assertThat(names(p)).containsExactlyInAnyOrder("featureType", "index", "fromSightingId", "toSightingId",
                "mode", "travelMode", "routedOn",
                "reason", "lengthKm", "drawnKm", "calibratedShare", "durationHours", "speedKmh",
                "implausible", "conflict", "flagReason", "stations");
        assertThat(p.get("mode").asText()).isEqualTo("rail");
        // Pyongyang → Khasan by km posts: Pyongra Line 819 + Hambuk Line 42.6 + Hongui Line 9.5 + bridge 5 km
        assertThat(p.get("lengthKm").asDouble()).isCloseTo(876.1, within(876.1 * 0.02));
        assertThat(p.get("drawnKm").asDouble()).isLessThan(p.get("lengthKm").asDouble());
        assertThat(p.get("calibratedShare").asDouble()).isGreaterThan(0.95);
        assertThat(p.get("reason").isNull()).isTrue();
        assertThat(p.get("durationHours").asDouble()).isCloseTo(38.0, within(1e-9));
        assertThat(p.get("speedKmh").asDouble()).isCloseTo(p.get("lengthKm").asDouble() / 38, within(1e-9));
        assertThat(p.get("implausible").asBoolean()).isFalse();
        assertThat(p.get("flagReason").isNull()).isTrue();
        List<String> stations = new ArrayList<>();
        p.get("stations").forEach(n -> stations.add(n.asText()));
        assertThat(stations).contains("Tumangang", "Khasan");
        assertThat(stations.indexOf("Tumangang")).isLessThan(stations.indexOf("Khasan"));

        List<JsonNode> projections = features(r.json(), "projection");
        assertThat(projections).hasSize(1);
        JsonNode pr = projections.get(0).get("properties");
        assertThat(names(pr)).containsExactlyInAnyOrder("featureType", "index", "fromSightingId", "toSightingId",
                "mode", "travelMode", "routedOn",
                "reason", "lengthKm", "drawnKm", "calibratedShare", "typicalSpeedKmh", "etaUtc");
        assertThat(pr.get("fromSightingId").asLong()).isEqualTo(p.get("toSightingId").asLong());
        assertThat(pr.get("typicalSpeedKmh").asDouble()).isEqualTo(p.get("speedKmh").asDouble());
        assertThat(pr.get("etaUtc").asText()).startsWith("2023-09-1").endsWith("Z");
    }

    @Test
    void thePositionAtAnInstantIsAFeatureWithStatusAndUncertainty() throws Exception {
        Reply r = get("/api/tracks/" + trackId + "/position?at=2023-09-11T01:00Z");
        assertThat(r.status()).isEqualTo(200);
        JsonNode f = r.json();
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
        JsonNode p = f.get("properties");
        assertThat(names(p)).containsExactlyInAnyOrder("at", "status", "legIndex", "fraction", "uncertaintyKm",
                "description", "sightingId", "stretch", "likelyKm50", "likelyKm90", "likelyStretch50",
                "likelyStretch90", "likelyBasis"); // the likely band of issue 21
        assertThat(p.get("at").asText()).isEqualTo("2023-09-11T01:00:00Z");
        assertThat(p.get("status").asText()).isEqualTo("in-transit");
        assertThat(p.get("legIndex").asInt()).isZero();
        assertThat(p.get("fraction").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(p.get("uncertaintyKm").asDouble()).isGreaterThan(5);
        assertThat(p.get("description").asText()).matches("(\\d+ km [NESW]{1,2} of |at ).+");
    }

    @Test
    void onARailLegTheStretchIsTheLineWithinTheUncertaintyEitherSideOfThePositionClippedToTheLeg() throws Exception {
        JsonNode f = get("/api/tracks/" + trackId + "/position?at=2023-09-10T12:00Z").json();
        JsonNode p = f.get("properties");
        assertThat(p.get("status").asText()).isEqualTo("in-transit");
        double uncertaintyKm = p.get("uncertaintyKm").asDouble();
        JsonNode leg = features(get("/api/tracks/" + trackId + "/path").json(), "leg").get(0);
        double legKm = leg.get("properties").get("lengthKm").asDouble();
        double alongKm = p.get("fraction").asDouble() * legKm;
        // the train may have waited at Pyongyang, so the stretch reaches back to the start of the leg
        assertThat(alongKm - uncertaintyKm).isNegative();
        assertThat(alongKm + uncertaintyKm).isLessThan(legKm);

        JsonNode stretch = p.get("stretch");
        assertThat(stretch.get("type").asText()).isEqualTo("LineString");
        List<LatLon> line = new ArrayList<>();
        stretch.get("coordinates").forEach(c -> line.add(new LatLon(c.get(1).asDouble(), c.get(0).asDouble())));
        JsonNode legStart = leg.get("geometry").get("coordinates").get(0);
        LatLon at = new LatLon(f.get("geometry").get("coordinates").get(1).asDouble(),
                f.get("geometry").get("coordinates").get(0).asDouble());
        // Distances along the line are measured (km posts), not drawn: measure them with the server's own network.
        whereabouts.network.Router rails = new whereabouts.network.Router(TestServer.geodata().railNetwork());
        LatLon start = new LatLon(legStart.get(1).asDouble(), legStart.get(0).asDouble());

        assertThat(line.get(0).lat()).isCloseTo(start.lat(), within(1e-6));
        assertThat(line.get(0).lon()).isCloseTo(start.lon(), within(1e-6));
        assertThat(rails.route(List.of(line.get(0), line.get(line.size() - 1)), "rail").lengthKm())
                .isCloseTo(alongKm + uncertaintyKm, within(0.005 * legKm));
        assertThat(rails.route(List.of(start, at), "rail").lengthKm()).isCloseTo(alongKm, within(0.005 * legKm));
        for (LatLon end : List.of(line.get(0), line.get(line.size() - 1))) {
            assertThat(TestServer.geodata().railNetwork().snap(end).orElseThrow().distanceKm()).isLessThan(0.01);
        }
    }

    @Test
    void atASightingThereIsNoStretch() throws Exception {
        JsonNode f = get("/api/tracks/" + trackId + "/position?at=2023-09-10T06:00Z").json();
        assertThat(f.get("properties").get("status").asText()).isEqualTo("at-sighting");
        assertThat(f.get("properties").get("stretch").isNull()).isTrue();
    }

    @Test
    void atTheTimeMidpointTheTrainIsOnTheRailwayHalfwayAlongTheLeg() throws Exception {
        // Pyongyang 2023-09-10T06:00Z, Khasan 2023-09-11T20:00Z: the midpoint is 2023-09-11T01:00Z.
        JsonNode f = get("/api/tracks/" + trackId + "/position?at=2023-09-11T01:00Z").json();
        LatLon at = new LatLon(f.get("geometry").get("coordinates").get(1).asDouble(),
                f.get("geometry").get("coordinates").get(0).asDouble());
        double offRailKm = TestServer.geodata().railNetwork().snap(at).orElseThrow().distanceKm();
        assertThat(offRailKm).isLessThan(1.0);

        JsonNode leg = features(get("/api/tracks/" + trackId + "/path").json(), "leg").get(0);
        List<LatLon> line = new ArrayList<>();
        leg.get("geometry").get("coordinates").forEach(c -> line.add(new LatLon(c.get(1).asDouble(), c.get(0).asDouble())));
        double lengthKm = leg.get("properties").get("lengthKm").asDouble();
        LatLon halfway = new whereabouts.track.MeasuredPolyline(line).pointAtFraction(0.5);
        assertThat(Geodesy.distanceMeters(at, halfway) / 1000).isLessThan(0.02 * lengthKm);
    }

    @Test
    void theSameInstantWithAnotherOffsetGivesTheSameAnswerEncodedOrNot() throws Exception {
        JsonNode utc = get("/api/tracks/" + trackId + "/position?at=2023-09-11T01:00Z").json();
        assertThat(get("/api/tracks/" + trackId + "/position?at=2023-09-11T10:00%2B09:00").json()).isEqualTo(utc);
        assertThat(get("/api/tracks/" + trackId + "/position?at=2023-09-11T10:00+09:00").json()).isEqualTo(utc);
        assertThat(get("/api/tracks/" + trackId + "/position?at=2023-09-10T21:00-04:00").json()).isEqualTo(utc);
    }

    @Test
    void beforeTheFirstSightingTheGeometryIsNullAndFarInTheFutureTheTrainIsAtTheDestination() throws Exception {
        JsonNode before = get("/api/tracks/" + trackId + "/position?at=2023-09-01T00:00Z").json();
        assertThat(before.get("geometry").isNull()).isTrue();
        assertThat(before.get("properties").get("status").asText()).isEqualTo("before-first");

        JsonNode later = get("/api/tracks/" + trackId + "/position?at=2024-01-01T00:00Z").json();
        assertThat(later.get("properties").get("status").asText()).isEqualTo("projected");
        JsonNode projectionEnd = null;
        for (JsonNode f : get("/api/tracks/" + trackId + "/path").json().get("features")) {
            if ("projection".equals(f.get("properties").path("featureType").asText())) {
                JsonNode coords = f.get("geometry").get("coordinates");
                projectionEnd = coords.get(coords.size() - 1);
            }
        }
        // The train stops where the rail line ends: Vladivostok station, under 2 km from the reported city point.
        assertThat(projectionEnd).isNotNull();
        assertThat(later.get("geometry").get("coordinates").get(0).asDouble()).isCloseTo(projectionEnd.get(0).asDouble(), within(1e-9));
        assertThat(later.get("geometry").get("coordinates").get(1).asDouble()).isCloseTo(projectionEnd.get(1).asDouble(), within(1e-9));
        LatLon vladivostok = new LatLon(43.10562, 131.87353);
        LatLon at = new LatLon(projectionEnd.get(1).asDouble(), projectionEnd.get(0).asDouble());
        assertThat(Geodesy.distanceMeters(vladivostok, at)).isLessThan(2000);
    }

    @Test
    void aMalformedOffsetLessOrMissingInstantIs400() throws Exception {
        for (String query : List.of("?at=yesterday", "?at=2023-09-11T10:00", "", "?at=",
                "?at=%2B999999999-12-31T23:59Z")) {
            Reply r = get("/api/tracks/" + trackId + "/position" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.json().get("field").asText()).isEqualTo("at");
            assertThat(r.json().get("message").asText()).contains("2023-09-11T12:00Z");
        }
    }

    @Test
    void anUnknownTrackIs404() throws Exception {
        assertThat(get("/api/tracks/987654/position?at=2023-09-11T01:00Z").status()).isEqualTo(404);
        assertThat(get("/api/tracks/987654/path").status()).isEqualTo(404);
    }

    @Test
    void theExportKeepsPointsAndReportedPathAndGainsTheLegs() throws Exception {
        JsonNode fc = get("/api/tracks/" + trackId + "/export?format=geojson").json();
        assertThat(features(fc, "sighting")).hasSize(3);
        assertThat(features(fc, "reported-path")).hasSize(1);
        List<JsonNode> legs = features(fc, "leg");
        assertThat(legs).hasSize(1);
        assertThat(legs.get(0).get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(legs.get(0).get("geometry").get("coordinates").size()).isGreaterThan(2);
    }

    @Test
    void modeAndMaximumSpeedAreEditableAndChangeThePath() throws Exception {
        long id = server.postJson("/api/tracks", Map.of("name", "Editable")).json().get("id").asLong();
        assertThat(get("/api/tracks/" + id).json().get("maxSpeedKmh").asDouble()).isEqualTo(80.0);
        server.postJson("/api/tracks/" + id + "/sightings", Map.of("observedAt", "2023-09-10T15:00+09:00",
                "lat", 39.03385, "lon", 125.75432, "source", "KCNA"));
        server.postJson("/api/tracks/" + id + "/sightings", Map.of("observedAt", "2023-09-12T06:00+10:00",
                "lat", 42.42387, "lon", 130.65156, "source", "TBS"));
        assertThat(features(get("/api/tracks/" + id + "/path").json(), "leg").get(0).get("properties")
                .get("implausible").asBoolean()).isFalse();

        Reply put = server.putJson("/api/tracks/" + id, Map.of("name", "Editable", "mode", "road", "maxSpeedKmh", 10));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("mode").asText()).isEqualTo("road");
        assertThat(put.json().get("maxSpeedKmh").asDouble()).isEqualTo(10.0);

        JsonNode leg = features(get("/api/tracks/" + id + "/path").json(), "leg").get(0).get("properties");
        assertThat(leg.get("implausible").asBoolean()).isTrue();
        assertThat(leg.get("flagReason").asText()).endsWith("max 10 km/h");
        assertThat(leg.get("reason").asText()).contains("road");
    }
}
