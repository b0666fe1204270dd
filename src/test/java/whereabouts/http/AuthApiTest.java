package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.CliRun;
import whereabouts.config.SecurityConfig;

/** WHEREABOUTS_AUTH=on: users and tokens made with the command line, sessions, roles, authorship, limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthApiTest {
    private static final String PASSWORD = "correct horse battery";
    private TestServer server;
    private Path dataDir;

    @BeforeAll
    void start(@TempDir Path dir) {
        dataDir = dir;
        server = TestServer.start(dir, false, SecurityConfig.defaults().withAuth(true, false).withLimits(1000, 5));
        assertThat(cli(PASSWORD + "\n", "user", "add", "alice", "--role", "editor")).isEqualTo("Added user alice (editor).");
        cli("viewer password\n", "user", "add", "victor", "--role", "viewer");
        cli("admin password\n", "user", "add", "ada", "--role", "admin");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** Runs the command line on the server's database (same WHEREABOUTS_* environment); returns its output. */
    private String cli(String stdin, String... args) {
        CliRun r = CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), stdin, args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().trim();
    }

    private TestServer.Reply signIn(String name, String password) {
        return server.postJson("/api/session", Map.of("name", name, "password", password));
    }

    private String sessionCookie(String name, String password) {
        TestServer.Reply r = signIn(name, password);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String setCookie = r.header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private TestServer.Reply as(String header, String value, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).header(header, value);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return server.send(b);
    }

    @Test
    void withoutSignInOnlyThePageHealthAndSessionAnswer() {
        assertThat(server.get("/").status()).isEqualTo(200);
        assertThat(server.get("/js/main.js").status()).isEqualTo(200);
        assertThat(server.get("/api/health").status()).isEqualTo(200);
        TestServer.Reply me = server.get("/api/session");
        assertThat(me.json().get("auth").asBoolean()).isTrue();
        assertThat(me.json().get("canRead").asBoolean()).isFalse();
        for (String path : List.of("/api/tracks", "/api/tracks/1", "/api/geocode?q=Khasan", "/api/events",
                "/API/tracks", "//api/tracks")) {
            TestServer.Reply r = server.get(path);
            assertThat(r.status()).as(path).isIn(401, 404);
            if (r.status() == 401) {
                assertThat(r.json().get("error").asText()).isEqualTo("unauthenticated");
                assertThat(r.json().get("message").asText()).contains("Sign in");
            }
        }
        assertThat(server.get("/api/tracks").status()).isEqualTo(401);
        TestServer.Reply write = server.postJson("/api/tracks", Map.of("name", "anonymous"));
        assertThat(write.status()).isEqualTo(401);
        assertThat(write.json().has("field")).isTrue();
    }

    @Test
    void aSessionCookieIsHttpOnlyStrictAndSignsOut() {
        TestServer.Reply wrong = signIn("alice", "not her password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asText()).isEqualTo("Wrong user name or password.");
        assertThat(signIn("nobody", PASSWORD).json().get("message").asText()).isEqualTo("Wrong user name or password.");

        TestServer.Reply ok = signIn("alice", PASSWORD);
        assertThat(ok.json().get("name").asText()).isEqualTo("alice");
        assertThat(ok.json().get("role").asText()).isEqualTo("editor");
        String setCookie = ok.header("Set-Cookie");
        assertThat(setCookie).startsWith("whereabouts_session=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .contains("Path=/").doesNotContain("Secure");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        assertThat(as("Cookie", cookie, "GET", "/api/tracks", null).status()).isEqualTo(200);
        TestServer.Reply me = as("Cookie", cookie, "GET", "/api/session", null);
        assertThat(me.json().get("name").asText()).isEqualTo("alice");
        assertThat(me.json().get("canWrite").asBoolean()).isTrue();

        assertThat(as("Cookie", cookie, "DELETE", "/api/session", null).status()).isEqualTo(204);
        assertThat(as("Cookie", cookie, "GET", "/api/tracks", null).status()).isEqualTo(401);
        assertThat(as("Cookie", "whereabouts_session=forged", "GET", "/api/tracks", null).status()).isEqualTo(401);
    }

    @Test
    void rolesDecideWhoMayWriteAndEveryRevisionNamesItsAuthor() {
        String alice = sessionCookie("alice", PASSWORD);
        String victor = sessionCookie("victor", "viewer password");
        TestServer.Reply created = as("Cookie", alice, "POST", "/api/tracks", "{\"name\":\"by alice\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        assertThat(as("Cookie", victor, "GET", "/api/tracks/" + id, null).status()).isEqualTo(200);
        TestServer.Reply denied = as("Cookie", victor, "PUT", "/api/tracks/" + id, "{\"name\":\"by victor\"}");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("error").asText()).isEqualTo("forbidden");
        assertThat(denied.json().get("message").asText()).contains("victor is a viewer");
        assertThat(as("Cookie", victor, "DELETE", "/api/tracks/" + id, null).status()).isEqualTo(403);

        String token = lastLine(cli("", "token", "create", "ingest-bot", "--role", "editor"));
        assertThat(token).startsWith("wbt_");
        TestServer.Reply sighting = as("Authorization", "Bearer " + token, "POST", "/api/tracks/" + id + "/sightings",
                "{\"observedAt\":\"2023-09-12T06:00+10:00\",\"lat\":42.42,\"lon\":130.65,\"source\":\"TBS\"}");
        assertThat(sighting.status()).as(sighting.body()).isEqualTo(201);
        long sid = sighting.json().get("id").asLong();
        assertThat(as("Cookie", alice, "DELETE", "/api/tracks/" + id + "/sightings/" + sid, null).status()).isEqualTo(200);
        assertThat(as("Cookie", alice, "PUT", "/api/tracks/" + id, "{\"name\":\"renamed\"}").status()).isEqualTo(200);

        var sightingHistory = as("Cookie", victor, "GET", "/api/tracks/" + id + "/sightings/" + sid + "/history", null).json();
        assertThat(sightingHistory.findValuesAsText("author")).containsExactly("ingest-bot", "alice");
        var trackHistory = as("Authorization", "Bearer " + token, "GET", "/api/tracks/" + id + "/history", null).json();
        assertThat(trackHistory.findValuesAsText("author")).containsExactly("alice", "alice");
    }

    @Test
    void onlyAnAdminManagesUsersAndTokensOverTheApi() {
        String alice = sessionCookie("alice", PASSWORD);
        String ada = sessionCookie("ada", "admin password");
        String newUser = "{\"name\":\"carol\",\"role\":\"viewer\",\"password\":\"carol's password\"}";
        assertThat(as("Cookie", alice, "POST", "/api/users", newUser).status()).isEqualTo(403);
        assertThat(as("Cookie", alice, "POST", "/api/tokens", "{\"name\":\"t\",\"role\":\"admin\"}").status())
                .as("an editor cannot mint an admin token").isEqualTo(403);
        assertThat(server.postJson("/api/users", newUser).status()).isEqualTo(401);

        TestServer.Reply created = as("Cookie", ada, "POST", "/api/users", newUser);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password");
        assertThat(signIn("carol", "carol's password").status()).isEqualTo(200);
        TestServer.Reply badRole = as("Cookie", ada, "POST", "/api/users",
                "{\"name\":\"dave\",\"role\":\"root\",\"password\":\"dave's password\"}");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("field").asText()).isEqualTo("role");

        TestServer.Reply token = as("Cookie", ada, "POST", "/api/tokens", "{\"name\":\"api-made\",\"role\":\"viewer\"}");
        assertThat(token.status()).isEqualTo(201);
        String secret = token.json().get("token").asText();
        assertThat(as("Authorization", "Bearer " + secret, "GET", "/api/tracks", null).status()).isEqualTo(200);
    }

    @Test
    void aChangedRoleAppliesToSessionsAlreadyOpen() {
        cli("erin's password\n", "user", "add", "erin", "--role", "editor");
        String erin = sessionCookie("erin", "erin's password");
        assertThat(as("Cookie", erin, "POST", "/api/tracks", "{\"name\":\"by erin\"}").status()).isEqualTo(201);
        cli("erin's password\n", "user", "add", "erin", "--role", "viewer");
        // #26: a changed role ends the sessions already open (before, they went on with the new role)
        assertThat(as("Cookie", erin, "POST", "/api/tracks", "{\"name\":\"by erin\"}").status()).isEqualTo(401);
        String again = sessionCookie("erin", "erin's password");
        assertThat(as("Cookie", again, "POST", "/api/tracks", "{\"name\":\"by erin\"}").status()).isEqualTo(403);
        assertThat(as("Cookie", again, "GET", "/api/session", null).json().get("role").asText()).isEqualTo("viewer");
    }

    @Test
    void badTokensAreRefusedAndANewTokenReplacesTheOld() {
        String first = lastLine(cli("", "token", "create", "rotating", "--role", "viewer"));
        assertThat(as("Authorization", "Bearer " + first, "GET", "/api/tracks", null).status()).isEqualTo(200);
        TestServer.Reply viewerWrite = as("Authorization", "Bearer " + first, "POST", "/api/tracks", "{\"name\":\"x\"}");
        assertThat(viewerWrite.status()).isEqualTo(403);
        String second = lastLine(cli("", "token", "create", "rotating", "--role", "editor"));
        assertThat(as("Authorization", "Bearer " + first, "GET", "/api/tracks", null).status()).isEqualTo(401);
        assertThat(as("Authorization", "Bearer " + second, "GET", "/api/tracks", null).status()).isEqualTo(200);
        for (String bad : List.of("Bearer wbt_nope", "Bearer", "Basic YWxpY2U6eA==", "bearer " + second + "x", "")) {
            TestServer.Reply r = as("Authorization", bad, "GET", "/api/tracks", null);
            assertThat(r.status()).as(bad).isEqualTo(401);
            assertThat(r.json().get("error").asText()).isEqualTo("unauthenticated");
        }
    }

    @Test
    void failedSignInsAreLimitedWith429AndRetryAfter(@TempDir Path dir) {
        try (TestServer limited = TestServer.start(dir, false, SecurityConfig.defaults().withAuth(true, false)
                .withLimits(1000, 3))) {
            for (int i = 0; i < 3; i++) {
                assertThat(limited.postJson("/api/session", Map.of("name", "mallory" + i, "password", "guess" + i))
                        .status()).isEqualTo(401);
            }
            TestServer.Reply limitedReply = limited.postJson("/api/session", Map.of("name", "mallory9", "password", "x"));
            assertThat(limitedReply.status()).isEqualTo(429);
            assertThat(limitedReply.json().get("error").asText()).isEqualTo("rate_limited");
            assertThat(Long.parseLong(limitedReply.header("Retry-After"))).isBetween(1L, 3600L);
        }
    }

    @Test
    void behindAProxyTheLimitIsPerForwardedClientNotForEveryone(@TempDir Path dir) {
        // #26: X-Forwarded-For is believed only from a proxy named in WHEREABOUTS_TRUSTED_PROXIES
        SecurityConfig proxied = SecurityConfig.defaults().withAuth(true, false).withLimits(1000, 2)
                .withPublicUrl(URI.create("https://map.example.org"))
                .withTrustedProxies(whereabouts.config.TrustedProxies.parse("127.0.0.1, ::1"));
        try (TestServer s = TestServer.start(dir, false, proxied)) {
            java.util.function.BiFunction<String, String, Integer> attempt = (client, name) -> s.send(HttpRequest
                    .newBuilder(s.uri("/api/session")).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "203.0.113.9, " + client)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\"x\"}")))
                    .status();
            assertThat(attempt.apply("198.51.100.1", "a")).isEqualTo(401);
            assertThat(attempt.apply("198.51.100.1", "a")).isEqualTo(401);
            assertThat(attempt.apply("198.51.100.1", "c")).as("this client is over its limit").isEqualTo(429);
            assertThat(attempt.apply("198.51.100.2", "d")).as("another client is not").isEqualTo(401);
            assertThat(attempt.apply("198.51.100.3", "a")).as("but the name is").isEqualTo(429);
        }
    }

    @Test
    void writesAreLimitedPerClient(@TempDir Path dir) {
        try (TestServer limited = TestServer.start(dir, false, SecurityConfig.defaults().withLimits(3, 5))) {
            for (int i = 0; i < 3; i++) {
                assertThat(limited.postJson("/api/tracks", Map.of("name", "t" + i)).status()).isEqualTo(201);
            }
            TestServer.Reply r = limited.postJson("/api/tracks", Map.of("name", "one too many"));
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.header("Retry-After")).isNotNull();
            assertThat(limited.get("/api/tracks").json()).hasSize(3);
            assertThat(limited.get("/api/tracks").status()).as("reads are not limited").isEqualTo(200);
        }
    }

    @Test
    void publicReadOpensReadingButNotWriting(@TempDir Path dir) {
        try (TestServer open = TestServer.start(dir, false, SecurityConfig.defaults().withAuth(true, true))) {
            assertThat(open.get("/api/tracks").status()).isEqualTo(200);
            assertThat(open.get("/api/session").json().get("canRead").asBoolean()).isTrue();
            assertThat(open.postJson("/api/tracks", Map.of("name", "x")).status()).isEqualTo(401);
        }
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecure(@TempDir Path dir) {
        SecurityConfig https = SecurityConfig.defaults().withAuth(true, false)
                .withPublicUrl(URI.create("https://map.example.org"));
        try (TestServer proxied = TestServer.start(dir, false, https)) {
            CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dir.toString()), "secret password\n",
                    "user", "add", "bob", "--role", "editor");
            TestServer.Reply ok = proxied.postJson("/api/session", Map.of("name", "bob", "password", "secret password"));
            assertThat(ok.header("Set-Cookie")).contains("Secure").contains("HttpOnly");
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\n");
        return lines[lines.length - 1].trim();
    }
}
