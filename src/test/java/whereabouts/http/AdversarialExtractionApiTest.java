package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #26, finding 1: texts shaped to make the extractor slow answer like any other. On main before the fix one
 * comma-joined "sentence" of 99,000 characters held a core for over half an hour (clause boundaries scanned per
 * place × time) and 99,000 characters of one repeated short sentence took minutes (notes merged pairwise). The
 * timeout here only guards against a hang; the time taken is measured in {@code bench/} (docs/performance.md).
 */
class AdversarialExtractionApiTest extends ApiTestBase {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    static final String COMMA_JOINED = "The train reached Khasan at 05:15 on Tuesday, per TBS citing Russian officials, "
            + "then Ussuriysk, Razdolnoye and Vladivostok, ";

    static String repeated(String unit, int maxChars) {
        return unit.repeat(maxChars / unit.length());
    }

    @Test
    void oneLongCommaJoinedSentenceOfPlacesAndTimesAnswers() {
        String text = repeated(COMMA_JOINED, 99_000);
        assertThat(text.length()).isBetween(98_000, 99_000);
        JsonNode drafts = extract(text);
        assertThat(places(drafts)).contains("Khasan");
    }

    @Test
    void manyRepeatsOfOneShortReportAnswerWithOneDraft() {
        String text = repeated("TBS said the train reached Khasan. ", 99_000);
        JsonNode drafts = extract(text);
        assertThat(places(drafts)).containsExactly("Khasan");
        assertThat(drafts.get(0).get("notes").asText().length()).as("notes are not repeated per sentence")
                .isLessThan(1000);
    }

    private JsonNode extract(String text) {
        TestServer.Reply r = assertTimeoutPreemptively(HANG_GUARD, () -> server.postJson("/api/extract",
                Map.of("text", text, "publishedAt", ExtractApiTest.PUBLISHED)));
        assertThat(r.status()).as(r.body().substring(0, Math.min(300, r.body().length()))).isEqualTo(200);
        return r.json().get("drafts");
    }

    private static List<String> places(JsonNode drafts) {
        List<String> out = new ArrayList<>();
        drafts.forEach(d -> out.add(d.get("place").asText()));
        return out;
    }
}
