package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, finding 5 (loose edges), with sign-in on and an https public URL. Each case failed on main: the
 * override header deleted the track, a duplicate key was taken (last wins), the nesting error named
 * StreamReadConstraints, there was no HSTS and no Cache-Control, anonymous health told the number of tracks and
 * streams, and an editor read "a editor".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictEdgesApiTest {
    private SignedInServer signedIn;
    private TestServer server;
    private String editor;
    private String viewer;

    @BeforeAll
    void start(@TempDir Path dir) {
        signedIn = SignedInServer.start(dir, SecurityConfig.defaults().withAuth(true, false).withLimits(1000, 1000)
                .withPublicUrl(URI.create("https://map.example.org")));
        server = signedIn.server;
        signedIn.user("eddie", "editor", "editor password");
        signedIn.user("vic", "viewer", "viewer password");
        editor = signedIn.session("eddie", "editor password");
        viewer = signedIn.session("vic", "viewer password");
    }

    @AfterAll
    void stop() {
        signedIn.close();
    }

    private TestServer.Reply send(String cookie, String method, String path, String json, String... headers) {
        return signedIn.withCookie(cookie, method, path, json, headers);
    }

    private long newTrack(String name) {
        TestServer.Reply r = send(editor, "POST", "/api/tracks", "{\"name\":\"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void methodOverrideHeadersAreRefusedAndChangeNothing() {
        long id = newTrack("Override");
        for (String header : StrictEdges.OVERRIDE_HEADERS) {
            TestServer.Reply r = send(editor, "POST", "/api/tracks/" + id, "{}", header, "DELETE");
            assertThat(r.status()).as(header).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isEqualTo("method_override");
        }
        assertThat(send(editor, "GET", "/api/tracks/" + id, null).status()).isEqualTo(200);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        TestServer.Reply r = send(editor, "POST", "/api/tracks", "{\"name\":\"Harmless\",\"name\":\"Other\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("malformed_json");
        assertThat(r.json().get("message").asText()).contains("'name' twice");
    }

    @Test
    void parserErrorsAreInOurOwnWords() {
        String deep = "{\"name\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        TestServer.Reply r = send(editor, "POST", "/api/tracks", deep);
        assertThat(r.status()).isEqualTo(400);
        String message = r.json().get("message").asText();
        assertThat(message).contains("too deeply").doesNotContainIgnoringCase("constraints")
                .doesNotContainIgnoringCase("jackson").doesNotContain("()");
        TestServer.Reply broken = send(editor, "POST", "/api/tracks", "{\"name\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asText()).startsWith("The body is not valid JSON")
                .doesNotContain("`").doesNotContainIgnoringCase("jackson");
    }

    @Test
    void refusalsUseTheRightArticle() {
        TestServer.Reply r = send(editor, "POST", "/api/users", "{\"name\":\"x\",\"role\":\"viewer\",\"password\":\"p\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("message").asText()).isEqualTo("eddie is an editor; this needs an admin.");
        TestServer.Reply v = send(viewer, "POST", "/api/tracks", "{\"name\":\"x\"}");
        assertThat(v.json().get("message").asText()).isEqualTo("vic is a viewer; this needs an editor.");
    }

    @Test
    void httpsPublicUrlGivesHstsAndSignedInAnswersAreNotStored() {
        TestServer.Reply tracks = send(editor, "GET", "/api/tracks", null);
        assertThat(tracks.header("Strict-Transport-Security")).isEqualTo(StrictEdges.HSTS);
        assertThat(tracks.header("Cache-Control")).isEqualTo("no-store");
        long id = newTrack("Download");
        TestServer.Reply download = send(editor, "GET", "/api/tracks/" + id + "/export?format=geojson", null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");
        assertThat(server.get("/").header("Strict-Transport-Security")).isEqualTo(StrictEdges.HSTS);
    }

    @Test
    void anonymousHealthSaysOnlyTheStatus() {
        TestServer.Reply anonymous = server.get("/api/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().size()).isEqualTo(1);
        assertThat(anonymous.json().get("status").asText()).isEqualTo("ok");
        TestServer.Reply signedIn = send(viewer, "GET", "/api/health", null);
        assertThat(signedIn.json().has("tracks")).isTrue();
    }
}
