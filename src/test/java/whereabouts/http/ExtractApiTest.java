package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/extract} on a real server: the seed article, the track bias, bad input, nothing stored. */
class ExtractApiTest extends ApiTestBase {
    static final String PUBLISHED = "2023-09-12T12:00+09:00";

    static String seedArticle() {
        try (InputStream in = ExtractApiTest.class.getResourceAsStream("/extract/article-2023-09-12.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSeedArticleGivesThreeDraftsAsTheFormWouldSendThem() {
        String text = seedArticle();
        TestServer.Reply r = server.postJson("/api/extract", Map.of("text", text, "publishedAt", PUBLISHED));
        assertThat(r.status()).isEqualTo(200);
        JsonNode drafts = r.json().get("drafts");
        assertThat(drafts).hasSize(3);
        List<String> places = new ArrayList<>();
        drafts.forEach(d -> places.add(d.get("place").asText()));
        assertThat(places).containsExactly("Pyongyang", "Khasan", "Vladivostok");

        JsonNode pyongyang = drafts.get(0);
        assertThat(pyongyang.get("observedAt").asText()).isEqualTo("2023-09-10T15:00+09:00");
        assertThat(pyongyang.get("timeUncertaintyMinutes").asInt()).isEqualTo(180);
        assertThat(pyongyang.get("lat").asDouble()).isEqualTo(39.03385, org.assertj.core.data.Offset.offset(0.01));
        assertThat(pyongyang.get("source").asText()).startsWith("KCNA");
        assertThat(pyongyang.get("confidence").asText()).isEqualTo("confirmed");
        assertThat(pyongyang.get("kind").asText()).isEqualTo("sighting");
        assertThat(drafts.get(1).get("source").asText()).isEqualTo("TBS, citing Russian regional officials");
        assertThat(drafts.get(1).get("notes").asText()).contains("bounded by publication");
        assertThat(drafts.get(2).get("kind").asText()).isEqualTo("expected");
        assertThat(drafts.get(2).get("source").asText()).isEqualTo("TASS");

        for (JsonNode d : drafts) {
            assertThat(d.get("evidence")).isNotEmpty();
            for (JsonNode e : d.get("evidence")) {
                assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("sentence").asText());
                for (JsonNode s : e.get("spans")) {
                    assertThat(s.get("role").asText()).isIn("place", "time", "source");
                    assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
                }
            }
        }
    }

    @Test
    void aTextWithNothingToExtractGivesNoDrafts() {
        TestServer.Reply r = server.postJson("/api/extract", Map.of("text", "Markets were calm on Tuesday.",
                "publishedAt", PUBLISHED));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("drafts")).isEmpty();
    }

    @Test
    void theTracksRecentSightingsBiasSameNamePlaces() {
        String text = "Interfax reported that the train passed through Razdolnoye on Tuesday.";
        JsonNode alone = server.postJson("/api/extract", Map.of("text", text, "publishedAt", PUBLISHED)).json();
        assertThat(alone.get("drafts").get(0).get("geonameId").asLong()).as("Razdol'noye, Crimea: larger").isEqualTo(695740L);

        long track = server.postJson("/api/tracks", Map.of("name", "Near Khasan")).json().get("id").asLong();
        assertThat(server.postJson("/api/tracks/" + track + "/sightings", Map.of("observedAt", "2023-09-12T06:00+10:00",
                "place", "Khasan", "source", "TBS")).status()).isEqualTo(201);
        JsonNode near = server.postJson("/api/extract", Map.of("text", text, "publishedAt", PUBLISHED,
                "trackId", track)).json();
        JsonNode d = near.get("drafts").get(0);
        assertThat(d.get("geonameId").asLong()).as("Razdol'noye, Primorsky Krai").isEqualTo(2017478L);
        assertThat(d.get("observedAt").asText()).endsWith("+10:00");
        assertThat(server.get("/api/tracks/" + track + "/sightings").json()).as("nothing stored").hasSize(1);
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertError(server.postJson("/api/extract", Map.of("text", " ", "publishedAt", PUBLISHED)), 400, "text");
        assertError(server.postJson("/api/extract", Map.of("publishedAt", PUBLISHED)), 400, "text");
        assertError(server.postJson("/api/extract", Map.of("text", "x".repeat(100_001), "publishedAt", PUBLISHED)),
                400, "text");
        TestServer.Reply noOffset = server.postJson("/api/extract", Map.of("text", "Kim left Pyongyang.",
                "publishedAt", "2023-09-12T12:00"));
        assertError(noOffset, 400, "publishedAt");
        assertThat(noOffset.json().get("error").asText()).isEqualTo("missing_offset");
        assertError(server.postJson("/api/extract", Map.of("text", "Kim left Pyongyang.")), 400, "publishedAt");
        assertError(server.postJson("/api/extract", Map.of("text", "Kim left Pyongyang.", "publishedAt", PUBLISHED,
                "trackId", "one")), 400, "trackId");
        assertThat(server.postJson("/api/extract", Map.of("text", "Kim left Pyongyang.", "publishedAt", PUBLISHED,
                "trackId", 999_999)).status()).isEqualTo(404);
        assertThat(server.postRaw("/api/extract", "application/json", "{\"text\":").status()).isEqualTo(400);
    }

    @Test
    void aLongTextWithinTheLimitIsAccepted() {
        String text = (seedArticle() + "\n").repeat(20);
        assertThat(text.length()).isBetween(64 * 1024, 100_000);
        TestServer.Reply r = server.postJson("/api/extract", Map.of("text", text, "publishedAt", PUBLISHED));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("drafts")).as("repeated reports merge").hasSize(3);
        for (JsonNode d : r.json().get("drafts")) {
            assertThat(d.get("evidence")).hasSizeGreaterThanOrEqualTo(20);
            assertThat(d.get("notes").asText().length()).as("savable as it is").isLessThanOrEqualTo(2000);
            assertThat(d.get("source").asText().length()).isLessThanOrEqualTo(200);
        }
    }

    private static void assertError(TestServer.Reply r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception");
    }
}
