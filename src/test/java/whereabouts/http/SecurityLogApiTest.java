package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.CliRun;
import whereabouts.auth.SecurityLog;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, finding 6: nothing was logged of failed sign-ins, refusals or account changes on main (this test finds
 * no {@code whereabouts.security} line there). The server's log goes to standard error (slf4j-simple), which this
 * test tees while it runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityLogApiTest {
    private static final String PASSWORD = "the real password";
    private static final String WRONG = "a wrong password 1234";
    private TestServer server;
    private Path dataDir;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeAll
    void start(@TempDir Path dir) {
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, captured), true, StandardCharsets.UTF_8));
        dataDir = dir;
        server = TestServer.start(dir, false, SecurityConfig.defaults().withAuth(true, false).withLimits(1000, 4));
        CliRun r = CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dir.toString()), PASSWORD + "\n", "user", "add", "lena",
                "--role", "viewer");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @AfterAll
    void stop() {
        server.close();
        System.setErr(originalErr);
    }

    private List<String> securityLines() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(SecurityLog.LOGGER)).toList();
        }
    }

    @Test
    void failedSignInsLockoutsRefusalsAndAccountChangesAreLoggedWithoutSecrets() {
        server.postJson("/api/session", Map.of("name", "nobody", "password", WRONG));
        for (int i = 0; i < 4; i++) { // the address's fourth failure locks it (limit 4, with the other test's one)
            server.postJson("/api/session", Map.of("name", "lena", "password", WRONG));
        }
        assertThat(server.get("/api/tracks").status()).isEqualTo(401);
        CliRun token = CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), "", "token", "create", "feed",
                "--role", "viewer");
        String secret = token.out().trim().substring(token.out().trim().lastIndexOf('\n') + 1).trim();
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/tracks"))
                .header("Authorization", "Bearer " + secret + "x")).status()).isEqualTo(401);

        List<String> lines = securityLines();
        assertThat(lines).anyMatch(l -> l.contains("event=sign_in_failed name=\"lena\" address=\"127.0.0.1\""
                + " reason=\"wrong password\""));
        assertThat(lines).anyMatch(l -> l.contains("event=sign_in_failed name=\"nobody\"")
                && l.contains("reason=\"unknown user\""));
        assertThat(lines).anyMatch(l -> l.contains("event=sign_in_locked name=\"lena\""));
        assertThat(lines).anyMatch(l -> l.contains("event=refused status=\"401\" code=\"unauthenticated\" method=\"GET\""
                + " path=\"/api/tracks\""));
        assertThat(lines).anyMatch(l -> l.contains("event=user_added name=\"lena\" role=\"viewer\""));
        assertThat(lines).anyMatch(l -> l.contains("event=token_created name=\"feed\""));
        assertThat(String.join("\n", lines)).doesNotContain(PASSWORD).doesNotContain(WRONG).doesNotContain(secret);
    }

    @Test
    void aNameCannotForgeALine() {
        server.postJson("/api/session", Map.of("name", "x\" event=\"user_added\nforged", "password", WRONG));
        assertThat(securityLines()).noneMatch(l -> l.startsWith("forged"))
                .anyMatch(l -> l.contains("name=\"x\\\" event=\\\"user_added\\u000aforged\""));
    }

    /** Writes to both streams. */
    private final class Tee extends OutputStream {
        private final OutputStream a;
        private final ByteArrayOutputStream b;

        Tee(OutputStream a, ByteArrayOutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) {
            synchronized (captured) {
                b.write(c);
            }
            try {
                a.write(c);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            synchronized (captured) {
                b.write(buf, off, len);
            }
            try {
                a.write(buf, off, len);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
