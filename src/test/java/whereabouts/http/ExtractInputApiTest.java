package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad and unusual input to {@code POST /api/extract} on a real server: a body that is not UTF-8, a {@code text} that
 * is not a string, a pasted web page, a report with no attribution. Never a 500.
 */
class ExtractInputApiTest extends ApiTestBase {
    static final String PUBLISHED = "2023-09-12T12:00+09:00";

    @Test
    void aBodyThatIsNotUtf8IsRefusedWith400() {
        byte[] latin1 = "{\"text\":\"Le train est arriv\u00e9 \u00e0 Khasan mardi, a dit TASS.\",\"publishedAt\":\"2023-09-12T12:00+09:00\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer a = RawHttp.send(server.port(), "POST", "/api/extract",
                Map.of("Content-Type", "application/json"), latin1);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("\"error\":\"invalid_encoding\"").contains("UTF-8");
    }

    @Test
    void aTextThatIsNotAStringIsRefusedWith400() {
        TestServer.Reply r = server.postJson("/api/extract", Map.of("text", 12345, "publishedAt", PUBLISHED));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("text");
        assertThat(r.json().get("message").asText()).contains("must be a string");
        TestServer.Reply list = server.postJson("/api/extract", Map.of("text", java.util.List.of("a"), "publishedAt", PUBLISHED));
        assertThat(list.status()).isEqualTo(400);
    }

    @Test
    void htmlIsReducedToItsTextBeforeItIsRead() {
        String html = "<html><head><style>p{color:red}</style><script>var x = 'in Moscow';</script></head><body>"
                + "<p>The <b>armoured train</b> arrived in <a href=\"/k\">Khasan</a> early on Tuesday, TASS&nbsp;reported.</p>"
                + "</body></html>";
        TestServer.Reply r = server.postJson("/api/extract", Map.of("text", html, "publishedAt", PUBLISHED));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("drafts")).hasSize(1);
        assertThat(r.json().get("drafts").get(0).get("place").asText()).isEqualTo("Khasan");
        assertThat(r.json().get("drafts").get(0).get("source").asText()).isEqualTo("TASS");
        String read = r.json().get("readText").asText();
        assertThat(read).startsWith("The armoured train arrived in Khasan").doesNotContain("<").doesNotContain("Moscow");
        int start = r.json().get("drafts").get(0).get("evidence").get(0).get("spans").get(0).get("start").asInt();
        assertThat(read.substring(start)).startsWith("Khasan");
    }

    @Test
    void anUnattributedReportCreditsThePublicationAsReported() {
        TestServer.Reply r = server.postJson("/api/extract", Map.of("text",
                "KHASAN, Russia, Sept 12 (Reuters) - The train rolled across the Friendship Bridge shortly after dawn on Tuesday.",
                "publishedAt", PUBLISHED));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("drafts")).hasSize(1);
        assertThat(r.json().get("drafts").get(0).get("source").asText()).isEqualTo("Reuters");
        assertThat(r.json().get("drafts").get(0).get("confidence").asText()).isEqualTo("reported");
        TestServer.Reply named = server.postJson("/api/extract", Map.of("text",
                "A North Korean tanker was seen near Nakhodka this morning.", "publishedAt", PUBLISHED,
                "publication", "Vladivostok News"));
        assertThat(named.json().get("drafts").get(0).get("source").asText()).isEqualTo("Vladivostok News");
    }
}
