package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.auth.DeviceCookies;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, finding 3: a lockout that cannot be turned on the user (OWASP device cookies), and login names kept
 * from anonymous readers. On main, after the limit of failed sign-ins for a name the right password was refused
 * too, from every browser, and every public reader saw login names in the history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceCookiesApiTest {
    private static final int LIMIT = 3;
    private SignedInServer signedIn;
    private TestServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        signedIn = SignedInServer.start(dir, SecurityConfig.defaults().withAuth(true, true).withLimits(1000, LIMIT));
        server = signedIn.server;
        signedIn.user("eddie", "editor", "eddie's password");
        signedIn.user("victor", "viewer", "victor's password");
    }

    @AfterAll
    void stop() {
        signedIn.close();
    }

    /** A sign-in with these cookies ("a=b; c=d", or null). */
    private TestServer.Reply signIn(String cookies, String name, String password) {
        String body = "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}";
        return cookies == null ? server.postJson("/api/session", Map.of("name", name, "password", password))
                : signedIn.as("Cookie", cookies, "POST", "/api/session", body);
    }

    /** The device cookie a successful sign-in set, as "name=value". */
    private static String deviceCookie(TestServer.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String set = r.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(DeviceCookies.COOKIE_PREFIX)).findFirst().orElseThrow();
        assertThat(set).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/api/session");
        return set.substring(0, set.indexOf(';'));
    }

    @Test
    void guessingFromElsewhereLocksOnlyUnknownDevicesOut() {
        String laptop = deviceCookie(signIn(null, "eddie", "eddie's password"));
        String phone = deviceCookie(signIn(null, "eddie", "eddie's password"));
        String victors = deviceCookie(signIn(null, "victor", "victor's password"));

        for (int i = 0; i < LIMIT; i++) {
            assertThat(signIn(null, "eddie", "guess " + i).status()).isEqualTo(401);
        }
        TestServer.Reply locked = signIn(null, "eddie", "eddie's password");
        assertThat(locked.status()).as("an unknown device, even with the right password").isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotNull();

        // the browsers that signed in before still can
        String again = deviceCookie(signIn(laptop, "eddie", "eddie's password"));
        assertThat(again).isNotEqualTo(laptop); // a fresh cookie at each sign-in

        // a cookie is only good for the name it was issued for, and only as signed
        String forged = phone.substring(0, phone.length() - 1) + (phone.endsWith("0") ? "1" : "0");
        assertThat(signIn(forged, "eddie", "eddie's password").status()).isEqualTo(429);
        String victorsAsEddies = "" + cookieNameFor(laptop) + victors.substring(victors.indexOf('='));
        assertThat(signIn(victorsAsEddies, "eddie", "eddie's password").status()).isEqualTo(429);

        // a known device's own failures count against that device alone
        for (int i = 0; i < LIMIT; i++) {
            assertThat(signIn(phone, "eddie", "typo " + i).status()).isEqualTo(401);
        }
        assertThat(signIn(phone, "eddie", "eddie's password").status()).isEqualTo(429);
        assertThat(signIn(again, "eddie", "eddie's password").status()).isEqualTo(200);
    }

    @Test
    void anonymousReadersSeeNoLoginNames() {
        String token = token(signedIn.cli("", "token", "create", "desk-bot", "--role", "editor"));
        String bearer = "Bearer " + token;
        TestServer.Reply created = signedIn.as("Authorization", bearer, "POST", "/api/tracks",
                "{\"name\":\"Names test\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        TestServer.Reply sighting = signedIn.as("Authorization", bearer, "POST", "/api/tracks/" + id + "/sightings",
                "{\"observedAt\":\"2023-09-12T05:15:00+09:00\",\"place\":\"Khasan\",\"source\":\"TBS\"}");
        assertThat(sighting.status()).as(sighting.body()).isEqualTo(201);
        long sid = sighting.json().get("id").asLong();
        String viewer = token(signedIn.cli("", "token", "create", "reader", "--role", "viewer"));

        for (String path : new String[] {"/api/tracks/" + id + "/history",
                "/api/tracks/" + id + "/sightings/" + sid + "/history"}) {
            TestServer.Reply anonymous = server.get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(200);
            assertThat(anonymous.body()).as(path).doesNotContain("desk-bot");
            JsonNode first = anonymous.json().get(0);
            assertThat(first.get("author").asText()).isEqualTo(AuthorNames.SOMEONE);

            TestServer.Reply signedInReader = signedIn.as("Authorization", "Bearer " + viewer, "GET", path, null);
            assertThat(signedInReader.json().get(0).get("author").asText()).as(path).isEqualTo("desk-bot");
        }
        for (String path : new String[] {"/api/tracks/" + id + "/export?format=geojson",
                "/api/tracks/" + id + "/export?format=csv", "/api/tracks/" + id + "/export?format=kml",
                "/api/tracks/" + id + "/sightings", "/api/tracks/" + id}) {
            assertThat(server.get(path).body()).as(path).doesNotContain("desk-bot");
        }
    }

    private static String cookieNameFor(String cookie) {
        return cookie.substring(0, cookie.indexOf('='));
    }

    private static String token(String output) {
        return output.substring(output.lastIndexOf('\n') + 1).trim();
    }
}
