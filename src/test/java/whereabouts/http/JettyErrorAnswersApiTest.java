package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, item 5: the answers Jetty gives itself, before Javalin (a %00 or a lone % in the path, no Host, a
 * garbled request line, a URI or headers too large) are our JSON error shape with the security headers of every
 * other answer (and HSTS, the public URL being https). On main they were Jetty's HTML pages without those headers.
 * Sent over raw sockets: java.net.http will not send such requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JettyErrorAnswersApiTest {
    private TestServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = TestServer.start(dir, false, SecurityConfig.defaults().withLimits(1000, 1000)
                .withPublicUrl(URI.create("https://map.example.org")));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private RawHttp.Answer raw(String request) {
        return RawHttp.sendBytes(server.port(), request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static JsonNode assertOurShape(RawHttp.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.header("Content-Security-Policy")).isEqualTo(RequestGuard.CONTENT_SECURITY_POLICY);
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(a.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(a.header("Strict-Transport-Security")).isEqualTo(StrictEdges.HSTS);
        assertThat(a.header("Cache-Control")).isEqualTo("no-store");
        assertThat(a.body()).doesNotContain("<html").doesNotContain("Jetty").doesNotContain("badMessage");
        JsonNode json = TestServer.parse(a.body());
        assertThat(json.get("error").asText()).isEqualTo(code);
        assertThat(json.has("field")).isTrue();
        assertThat(json.get("message").asText()).contains("Nothing was done");
        return json;
    }

    @Test
    void aNulByteInThePathIsOurMalformedRequest() {
        assertOurShape(raw("GET /api/tracks/%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400,
                "malformed_request");
    }

    @Test
    void aLonePercentInThePathIsOurMalformedRequest() {
        assertOurShape(raw("GET /%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400,
                "malformed_request");
    }

    @Test
    void aRequestWithoutHostIsOurMalformedRequest() {
        assertOurShape(raw("GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, "malformed_request");
    }

    @Test
    void aGarbledRequestLineIsOurMalformedRequest() {
        assertOurShape(raw("garbage\r\n\r\n"), 400, "malformed_request");
    }

    @Test
    void aTooLongUriIs414InOurShape() {
        JsonNode json = assertOurShape(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n"), 414, "uri_too_long");
        assertThat(json.get("field").asText()).isEqualTo("uri");
    }

    @Test
    void tooLargeHeadersAre431InOurShape() {
        JsonNode json = assertOurShape(raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n"), 431, "headers_too_large");
        assertThat(json.get("field").asText()).isEqualTo("headers");
    }

    @Test
    void anUnknownMethodGetsOurShapeWithTheSameHeaders() {
        Map<String, String> none = new HashMap<>();
        RawHttp.Answer a = RawHttp.send(server.port(), "FOO", "/api/health", none, (String) null);
        assertThat(a.status()).isIn(404, 405);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.header("Content-Security-Policy")).isEqualTo(RequestGuard.CONTENT_SECURITY_POLICY);
        assertThat(a.header("Strict-Transport-Security")).isEqualTo(StrictEdges.HSTS);
        assertThat(TestServer.parse(a.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void anOrdinaryRequestStillWorksOnTheSameServer() {
        RawHttp.Answer a = raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(a.status()).isEqualTo(200);
    }
}
