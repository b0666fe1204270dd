package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.CliRun;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;
import whereabouts.store.TestDatabases;

/**
 * Sign-in with several servers: a session opened on one server is known to every server on the same database
 * (the proxy may send the next request anywhere), signing out on one ends it on all, and a restart keeps it.
 */
class SessionsAcrossServersTest {
    private static final String PASSWORD = "correct horse battery";
    private static final SecurityConfig AUTH_ON = SecurityConfig.defaults().withAuth(true, false);

    @Test
    void twoServersOnOnePostgresShareSessions(@TempDir Path dirA, @TempDir Path dirB) {
        String db = TestDatabases.freshPostgres();
        addEditor(Map.of("WHEREABOUTS_DATA_DIR", dirA.toString(), "WHEREABOUTS_DB_URL", db));
        try (TestServer first = start(dirA, db); TestServer second = start(dirB, db)) {
            String cookie = signIn(first);
            assertThat(get(second, cookie, "/api/session").json().get("name").asText()).isEqualTo("alice");
            TestServer.Reply created = send(second, cookie, "POST", "/api/tracks", "{\"name\":\"from the second\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);

            assertThat(send(second, cookie, "DELETE", "/api/session", null).status()).isEqualTo(204);
            assertThat(get(first, cookie, "/api/tracks").status()).isEqualTo(401);
            assertThat(get(second, cookie, "/api/tracks").status()).isEqualTo(401);
        }
    }

    @Test
    void aRestartSignsNobodyOut(@TempDir Path dir) {
        addEditor(Map.of("WHEREABOUTS_DATA_DIR", dir.toString()));
        String cookie;
        try (TestServer before = start(dir, "")) {
            cookie = signIn(before);
        }
        try (TestServer after = start(dir, "")) {
            assertThat(get(after, cookie, "/api/session").json().get("name").asText()).isEqualTo("alice");
            assertThat(get(after, "whereabouts_session=forged", "/api/tracks").status()).isEqualTo(401);
        }
    }

    private static TestServer start(Path dataDir, String dbUrl) {
        Map<String, String> env = new HashMap<>(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString(),
                "WHEREABOUTS_PORT", "0", "WHEREABOUTS_DEMO", "false"));
        if (!dbUrl.isEmpty()) {
            env.put("WHEREABOUTS_DB_URL", dbUrl);
        }
        return TestServer.start(AppConfig.fromEnv(env), AUTH_ON);
    }

    private static void addEditor(Map<String, String> env) {
        CliRun r = CliRun.run(env, PASSWORD + "\n", "user", "add", "alice", "--role", "editor");
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static String signIn(TestServer server) {
        TestServer.Reply r = server.postJson("/api/session", Map.of("name", "alice", "password", PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String setCookie = r.header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static TestServer.Reply get(TestServer server, String cookie, String path) {
        return send(server, cookie, "GET", path, null);
    }

    private static TestServer.Reply send(TestServer server, String cookie, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return server.send(b);
    }
}
