package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whereabouts.http.TestServer.Reply;

/** GET /api/labels: place labels from the shipped gazetteer by bbox, zoom and script. */
class LabelsApiTest extends ApiTestBase {
    /** The Korean peninsula and the Tumen delta. */
    private static final String KOREA = "124,37,132,43.5";
    /** Around Khasan and Tumangang. */
    private static final String TUMEN = "130.4,42.3,130.8,42.55";

    private static List<String> names(Reply r) {
        List<String> names = new ArrayList<>();
        r.json().get("features").forEach(f -> names.add(f.get("properties").get("name").asText()));
        return names;
    }

    @Test
    void lowZoomShowsCapitalsAndLargeCitiesOnlyAndHighZoomSmallPlaces() {
        Reply low = server.get("/api/labels?bbox=" + KOREA + "&zoom=5");
        assertThat(low.status()).isEqualTo(200);
        assertThat(low.header("Content-Type")).startsWith("application/geo+json");
        assertThat(names(low)).contains("Pyongyang", "Seoul").doesNotContain("Khasan");
        assertThat(names(low).get(0)).as("capitals rank first").isIn("Pyongyang", "Seoul");
        low.json().get("features").forEach(f -> assertThat(f.get("properties").get("minZoom").asInt()).isLessThanOrEqualTo(5));

        Reply high = server.get("/api/labels?bbox=" + TUMEN + "&zoom=11");
        assertThat(names(high)).contains("Khasan");
        JsonNode khasan = high.json().get("features").get(names(high).indexOf("Khasan"));
        assertThat(khasan.get("geometry").get("coordinates").get(1).asDouble()).isBetween(42.42, 42.43);
        assertThat(khasan.get("properties").get("featureCode").asText()).startsWith("PPL");
    }

    @Test
    void namesComeInTheAskedScriptWithTheLatinNameAsFallback() {
        String bbox = "125,38,126.5,39.5"; // Pyongyang
        assertThat(names(server.get("/api/labels?bbox=" + bbox + "&zoom=5&script=ko"))).contains("평양");
        assertThat(names(server.get("/api/labels?bbox=" + bbox + "&zoom=5&script=ru"))).contains("Пхеньян");
        assertThat(names(server.get("/api/labels?bbox=" + bbox + "&zoom=5&script=zh"))).contains("平壤");
        assertThat(names(server.get("/api/labels?bbox=" + bbox + "&zoom=5&script=latin"))).contains("Pyongyang");
        JsonNode any = server.get("/api/labels?bbox=" + TUMEN + "&zoom=11&script=ko").json().get("features");
        any.forEach(f -> {
            JsonNode p = f.get("properties");
            assertThat(p.get("latinName").asText()).isNotBlank();
            if (p.get("fallback").asBoolean()) {
                assertThat(p.get("name").asText()).isEqualTo(p.get("latinName").asText());
                assertThat(p.get("script").asText()).isEqualTo("latin");
            }
        });
    }

    @Test
    void theBoxIsWidenedToTheTileGridAndAnswersAreCacheable() {
        Reply a = server.get("/api/labels?bbox=125.1,38.1,126.2,39.2&zoom=6");
        Reply b = server.get("/api/labels?bbox=125.3,38.3,126.4,39.3&zoom=6");
        assertThat(a.json().get("bbox").toString()).isEqualTo("[123.75,33.75,129.375,39.375]")
                .isEqualTo(b.json().get("bbox").toString());
        assertThat(a.body()).isEqualTo(b.body());
        assertThat(a.header("Cache-Control")).contains("max-age=");
        assertThat(a.json().get("properties").get("zoom").asInt()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0} → 400 on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zoom=5                            | bbox
            bbox=1,2,3&zoom=5                 | bbox
            bbox=a,b,c,d&zoom=5               | bbox
            bbox=10,0,5,1&zoom=5              | bbox
            bbox=0,-91,1,1&zoom=5             | bbox
            bbox=0,0,1,NaN&zoom=5             | bbox
            bbox=0,0,1,1                      | zoom
            bbox=0,0,1,1&zoom=21              | zoom
            bbox=0,0,1,1&zoom=five            | zoom
            bbox=0,0,1,1&zoom=5&script=klingon | script
            """)
    void badQueriesAreClear400s(String query, String field) {
        Reply r = server.get("/api/labels?" + query);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("message").asText()).isNotBlank();
    }
}
