package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.SecurityConfig;
import whereabouts.config.TrustedProxies;

/**
 * Issue #26, finding 3: {@code X-Forwarded-For} is believed only from the proxies named in
 * WHEREABOUTS_TRUSTED_PROXIES. On main, with a public URL set, any peer's header was believed, so a guesser who
 * sent a new address with each attempt never met the per-address limit of failed sign-ins.
 */
class TrustedProxiesApiTest {
    private static final int LIMIT = 3;

    private static int signIn(TestServer server, String forwardedFor, String name) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/session"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\"wrong guess\"}")))
                .status();
    }

    private static SecurityConfig config(TrustedProxies proxies) {
        return SecurityConfig.defaults().withAuth(true, false).withLimits(1000, LIMIT)
                .withPublicUrl(URI.create("https://map.example.org")).withTrustedProxies(proxies);
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerChangesNothing(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir, false, config(TrustedProxies.none()))) {
            // each guess a new name (the per-name limit never bites) and a new forged address
            for (int i = 0; i < LIMIT; i++) {
                assertThat(signIn(server, "203.0.113." + i, "name" + i)).isEqualTo(401);
            }
            assertThat(signIn(server, "198.51.100.7", "fresh-name")).as("the peer's own address is limited")
                    .isEqualTo(429);
        }
    }

    @Test
    void aTrustedProxysForwardedForNamesTheClient(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir, false, config(TrustedProxies.parse("127.0.0.0/8, ::1")))) {
            for (int i = 0; i < LIMIT; i++) {
                assertThat(signIn(server, "203.0.113.9", "name" + i)).isEqualTo(401);
            }
            assertThat(signIn(server, "203.0.113.9", "another")).as("that client is limited").isEqualTo(429);
            // another client behind the same proxy is not; a forged hop left of the real one is not believed
            assertThat(signIn(server, "203.0.113.9, 198.51.100.7", "third")).isEqualTo(401);
            assertThat(signIn(server, "198.51.100.7, 203.0.113.9", "fourth")).isEqualTo(429);
        }
    }
}
