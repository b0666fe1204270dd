package whereabouts.network.sea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.geo.LatLon;
import whereabouts.network.Profile;
import whereabouts.network.Route;
import whereabouts.network.RailNetwork;
import whereabouts.network.Router;

/** The MARNET source on small drawn networks: joins, the antimeridian, densifying, snapping distance. */
class MarnetSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode lines(String... lonLatLines) {
        StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < lonLatLines.length; i++) {
            s.append(i > 0 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{},\"geometry\":")
                    .append("{\"type\":\"LineString\",\"coordinates\":").append(lonLatLines[i]).append("}}");
        }
        try {
            return JSON.readTree(s.append("]}").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * <pre>
     *   179 E ----- 180 | -180 ----- -179 E     (equator)
     * </pre>
     * Two lines meeting on the antimeridian are one lane: the route crosses it, not round the world.
     */
    @Test
    void linesEndingOnTheAntimeridianAreJoinedAcrossIt() {
        RailNetwork net = MarnetSource.read(List.of(lines("[[179,0],[180,0]]", "[[-180,0],[-179,0]]")));
        Route r = new Router(net, Profile.SEA).route(List.of(new LatLon(0, 179), new LatLon(0, -179)), "sea");
        assertThat(r.mode()).isEqualTo("sea");
        assertThat(r.lengthKm()).isCloseTo(222.6, within(0.5)); // 2 degrees of the equator
    }

    @Test
    void longSegmentsAreDensifiedAsDrawnInLonLat() {
        List<LatLon> d = MarnetSource.densify(List.of(new LatLon(0, 0), new LatLon(0, 10)));
        assertThat(d).hasSize(13); // 1,113 km in pieces of at most 100 km
        assertThat(d.get(6).lon()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void anEndOffTheNetworkIsJoinedAtTheNearestLaneAndTheDistanceIsReported() {
        RailNetwork net = MarnetSource.read(List.of(lines("[[0,0],[1,0]]")));
        Route r = new Router(net, Profile.SEA).route(List.of(new LatLon(0.5, 0.5), new LatLon(0, 1)), "sea");
        assertThat(r.snapStartKm()).isCloseTo(55.3, within(0.2)); // half a degree of latitude
        assertThat(r.lengthKm()).isCloseTo(55.7, within(0.2));
    }

    @Test
    void anEndFartherThanTheSeaLimitIsAGeodesicThatSaysWhy() {
        RailNetwork net = MarnetSource.read(List.of(lines("[[0,0],[1,0]]")));
        Route r = new Router(net, Profile.SEA).route(List.of(new LatLon(5, 0.5), new LatLon(0, 1)), "sea");
        assertThat(r.mode()).isEqualTo("geodesic");
        assertThat(r.reason()).contains("from the nearest sea lane", "200 km limit");
    }

    /** The approach lanes as shipped (geodata/sea/approaches.geojson). */
    static List<List<LatLon>> approachLanes() {
        try (InputStream in = MarnetSourceTest.class.getResourceAsStream(MarnetSource.APPROACHES_CLASSPATH)) {
            List<List<LatLon>> out = new ArrayList<>();
            for (JsonNode f : JSON.readTree(in).path("features")) {
                List<LatLon> lane = new ArrayList<>();
                f.path("geometry").path("coordinates").forEach(c -> lane.add(new LatLon(c.get(1).asDouble(),
                        c.get(0).asDouble())));
                out.add(lane);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
