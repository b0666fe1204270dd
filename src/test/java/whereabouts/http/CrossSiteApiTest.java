package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.Server;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;

/**
 * No cross-site requests, even on localhost: the Host check (DNS rebinding), the Origin/Referer check on writes,
 * and the security headers on every answer. Sign-in is off (the loopback default).
 */
class CrossSiteApiTest extends ApiTestBase {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String TRACK = "name=cross-site+test&mode=rail";

    private RawHttp.Answer raw(String method, String target, Map<String, String> headers, String body) {
        Map<String, String> h = new HashMap<>(headers);
        if (body != null) {
            h.putIfAbsent("Content-Type", FORM);
        }
        return RawHttp.send(server.port(), method, target, h, body);
    }

    private int trackCount() {
        return server.get("/api/tracks").json().size();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        long id = server.postJson("/api/tracks", Map.of("name", "headers")).json().get("id").asLong();
        for (String path : List.of("/", "/index.html", "/js/main.js", "/css/app.css", "/api/tracks",
                "/api/tracks/" + id, "/api/tracks/987654", "/no-such-page", "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/api/geocode?q=Khasan", "/api/health")) {
            RawHttp.Answer a = raw("GET", path, Map.of(), null);
            assertThat(a.header("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(a.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
        RawHttp.Answer refused = raw("GET", "/", Map.of("Host", "evil.example"), null);
        assertThat(refused.header("Content-Security-Policy")).contains("default-src 'self'");
        // the online OSM layer's tiles are the only outside address, and only for images
        assertThat(RequestGuard.CONTENT_SECURITY_POLICY).contains("img-src 'self' data: https://tile.openstreetmap.org;")
                .containsOnlyOnce("https://");
    }

    @Test
    void aForeignHostIsRefusedBeforeAnyHandlerForReadsAndWrites() {
        int before = trackCount();
        for (String host : List.of("evil.example:" + server.port(), "evil.example", "127.0.0.1.evil.example",
                "localhost.evil.example:" + server.port(), "192.168.1.20:" + server.port(), "0.0.0.0")) {
            assertThat(raw("GET", "/", Map.of("Host", host), null).status()).as(host).isEqualTo(421);
            RawHttp.Answer read = raw("GET", "/api/tracks", Map.of("Host", host), null);
            assertThat(read.status()).as(host).isEqualTo(421);
            assertThat(read.body()).contains("\"error\":\"misdirected_request\"").contains("WHEREABOUTS_PUBLIC_URL");
            assertThat(raw("POST", "/api/tracks", Map.of("Host", host), TRACK).status()).as(host).isEqualTo(421);
        }
        assertThat(trackCount()).isEqualTo(before);
    }

    @Test
    void theLoopbackNamesAreAccepted() {
        for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "[::1]:" + server.port(),
                "LOCALHOST", "localhost.")) {
            assertThat(raw("GET", "/api/tracks", Map.of("Host", host), null).status()).as(host).isEqualTo(200);
        }
        assertThat(raw("POST", "/api/tracks", Map.of("Host", "localhost:" + server.port(),
                "Origin", "http://localhost:" + server.port()), TRACK).status()).isEqualTo(201);
    }

    @Test
    void aWriteFromAnotherOriginIsRefusedAndStoresNothing() {
        long id = server.postJson("/api/tracks", Map.of("name", "target")).json().get("id").asLong();
        int before = trackCount();
        String self = "http://127.0.0.1:" + server.port();
        List<Map<String, String>> foreign = List.of(
                Map.of("Origin", "http://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Origin", "http://localhost:1"),
                Map.of("Origin", "https://127.0.0.1:" + server.port()),
                Map.of("Origin", "http://127.0.0.1:" + server.port() + ".evil.example"),
                Map.of("Referer", "http://evil.example/page.html"),
                Map.of("Referer", "not a url"),
                Map.of("Origin", "http://evil.example", "Referer", self + "/"));
        for (Map<String, String> headers : foreign) {
            RawHttp.Answer post = raw("POST", "/api/tracks", headers, TRACK);
            assertThat(post.status()).as(headers.toString()).isEqualTo(403);
            assertThat(post.body()).contains("\"error\":\"cross_origin\"");
            assertThat(raw("PUT", "/api/tracks/" + id, headers, "name=renamed").status()).isEqualTo(403);
            assertThat(raw("DELETE", "/api/tracks/" + id, headers, null).status()).isEqualTo(403);
            assertThat(raw("POST", "/api/tracks/" + id + "/sightings", headers,
                    "observedAt=2023-09-12T06:00%2B10:00&place=Khasan&source=x").status()).isEqualTo(403);
        }
        assertThat(trackCount()).isEqualTo(before);
        assertThat(server.get("/api/tracks/" + id).json().get("name").asText()).isEqualTo("target");
        assertThat(server.get("/api/tracks/" + id + "/sightings").json()).isEmpty();
        assertThat(server.get("/api/tracks/" + id + "/history").json()).hasSize(1);
        // reads are not cross-site writes: a GET with a foreign Origin is answered (the browser keeps it from the page)
        assertThat(raw("GET", "/api/tracks", Map.of("Origin", "http://evil.example"), null).status()).isEqualTo(200);
    }

    @Test
    void theServersOwnPageAndScriptsWithoutEitherHeaderMayWrite() {
        String self = "http://127.0.0.1:" + server.port();
        assertThat(raw("POST", "/api/tracks", Map.of("Origin", self), TRACK).status()).isEqualTo(201);
        assertThat(raw("POST", "/api/tracks", Map.of("Referer", self + "/?track=1"), TRACK).status()).isEqualTo(201);
        assertThat(raw("POST", "/api/tracks", Map.of(), TRACK).status()).isEqualTo(201);
    }

    @Test
    void aPublicUrlIsTheOneOtherAcceptedHostAndOrigin(@TempDir Path dir) {
        SecurityConfig security = SecurityConfig.defaults().withPublicUrl(URI.create("https://map.example.org"));
        try (TestServer proxied = TestServer.start(dir, false, security)) {
            int port = proxied.port();
            assertThat(RawHttp.send(port, "GET", "/api/tracks", Map.of("Host", "map.example.org"), (String) null)
                    .status()).isEqualTo(200);
            assertThat(RawHttp.send(port, "GET", "/api/tracks", Map.of("Host", "other.example.org"), (String) null)
                    .status()).isEqualTo(421);
            Map<String, String> fromProxy = Map.of("Host", "map.example.org", "Origin", "https://map.example.org",
                    "Content-Type", FORM);
            assertThat(RawHttp.send(port, "POST", "/api/tracks", fromProxy, TRACK).status()).isEqualTo(201);
            Map<String, String> plainHttp = Map.of("Host", "map.example.org", "Origin", "http://map.example.org",
                    "Content-Type", FORM);
            assertThat(RawHttp.send(port, "POST", "/api/tracks", plainHttp, TRACK).status()).isEqualTo(403);
        }
    }

    @Test
    void listeningBeyondLoopbackWithSignInOffRefusesToStartAndSaysHowToCreateTheFirstAdmin(@TempDir Path dir) {
        AppConfig everywhere = AppConfig.fromEnv(Map.of("WHEREABOUTS_HOST", "0.0.0.0", "WHEREABOUTS_PORT", "0",
                "WHEREABOUTS_DATA_DIR", dir.toString(), "WHEREABOUTS_DEMO", "false"));
        assertThatThrownBy(() -> Server.start(everywhere, SecurityConfig.defaults(), TestServer.geodata()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WHEREABOUTS_AUTH=off")
                .hasMessageContaining("user add NAME --role admin")
                .hasMessageContaining("WHEREABOUTS_AUTH=on");
        try (Server on = Server.start(everywhere, SecurityConfig.defaults().withAuth(true, false), TestServer.geodata())) {
            assertThat(on.port()).isPositive();
        }
    }
}
