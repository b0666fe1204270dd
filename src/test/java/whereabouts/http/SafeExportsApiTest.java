package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * Issue #26, finding 4: exports that attack their reader. On main the CSV wrote {@code =HYPERLINK(…)},
 * {@code +cmd|…}, {@code @SUM(…)} as they were (a spreadsheet runs them), and the KML description was escaped for
 * XML only (Google Earth shows it as HTML, so {@code <b>} became bold). Both assertions below fail there.
 */
class SafeExportsApiTest extends ApiTestBase {
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String CMD = "+cmd|' /C calc'!A0";
    static final String SUM = "@SUM(1+1)";
    long trackId;

    @BeforeAll
    void aSightingWithFormulasInItsText() {
        trackId = server.postJson("/api/tracks", Map.of("name", "Formulas")).json().get("id").asLong();
        assertThat(server.postJson("/api/tracks/" + trackId + "/sightings", Map.of(
                "observedAt", "2024-01-01T00:00Z", "lat", -33.5, "lon", -70.6, "place", SUM,
                "source", HYPERLINK, "notes", CMD)).status()).isEqualTo(201);
        assertThat(server.postJson("/api/tracks/" + trackId + "/sightings", Map.of(
                "observedAt", "2024-01-02T00:00Z", "lat", -33.4, "lon", -70.5,
                "source", "-1 minus, a tab and a <b>tag</b> & co", "notes", "@ the station")).status())
                .isEqualTo(201);
    }

    @Test
    void csvTextCellsThatLookLikeFormulasStartWithAQuoteAndNumbersStayNumbers() throws Exception {
        TestServer.Reply r = server.get("/api/tracks/" + trackId + "/export?format=csv");
        assertThat(r.status()).isEqualTo(200);
        List<Map<String, String>> rows = rows(r.body());
        Map<String, String> first = rows.get(0);
        assertThat(first.get("source")).isEqualTo("'" + HYPERLINK);
        assertThat(first.get("notes")).isEqualTo("'" + CMD);
        assertThat(first.get("place")).isEqualTo("'" + SUM);
        assertThat(first.get("lat")).isEqualTo("-33.5");
        assertThat(first.get("lon")).isEqualTo("-70.6");
        Map<String, String> second = rows.get(1);
        assertThat(second.get("source")).isEqualTo("'-1 minus, a tab and a <b>tag</b> & co");
        assertThat(second.get("notes")).isEqualTo("'@ the station");
        for (Map<String, String> row : rows) {
            row.values().stream().filter(v -> v != null && !v.isEmpty())
                    .filter(v -> !v.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?"))
                    .forEach(v -> assertThat("=+-@\t\r").doesNotContain(v.substring(0, 1)));
        }
    }

    @Test
    void kmlDescriptionsAreTextForAnHtmlReader() throws Exception {
        TestServer.Reply r = server.get("/api/tracks/" + trackId + "/export?format=kml");
        assertThat(r.status()).isEqualTo(200);
        NodeList descriptions = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("description");
        boolean found = false;
        for (int i = 0; i < descriptions.getLength(); i++) {
            String html = descriptions.item(i).getTextContent();
            assertThat(html).doesNotContain("<b>");
            found |= html.contains("a &lt;b&gt;tag&lt;/b&gt; &amp; co");
        }
        assertThat(found).as("the description, HTML-escaped, as Google Earth reads it").isTrue();
    }

    private static List<Map<String, String>> rows(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
