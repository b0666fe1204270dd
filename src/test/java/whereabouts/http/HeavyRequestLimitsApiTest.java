package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.RequestLimits;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, finding 1: heavy requests (extraction, import, route, export) have a time budget. On main there was
 * none: the 99,000-character extraction ran for over half an hour. (The slots per principal and per server are
 * specified in {@code whereabouts.util.SlotLimiterTest}.)
 */
class HeavyRequestLimitsApiTest {
    @Test
    void anExtractionPastItsBudgetAnswers503InOurErrorShape(@TempDir Path dir) {
        SecurityConfig security = SecurityConfig.defaults().withLimits(RequestLimits.defaults()
                .withHeavy(Duration.ofMillis(1), 2, 4, 16));
        try (TestServer server = TestServer.start(dir, false, security)) {
            String text = AdversarialExtractionApiTest.repeated(AdversarialExtractionApiTest.COMMA_JOINED, 99_000);
            TestServer.Reply r = server.postJson("/api/extract", Map.of("text", text,
                    "publishedAt", ExtractApiTest.PUBLISHED));
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("error").asText()).isEqualTo("over_budget");
            assertThat(r.json().has("field")).isTrue();
            assertThat(r.json().get("message").asText()).contains("time budget");
        }
    }
}
