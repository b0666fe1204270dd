package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.CliRun;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, finding 2: credentials end when they should. On main a password change left the user's sessions valid
 * for up to 12 hours, and there was no way to remove a user or token or to sign out everywhere (the DELETE routes
 * answered 404 and the command line knew no "remove").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialsEndApiTest {
    private SignedInServer signedIn;
    private TestServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        signedIn = SignedInServer.start(dir, SecurityConfig.defaults().withAuth(true, false).withLimits(1000, 1000));
        server = signedIn.server;
        cli("admin password\n", "user", "add", "ada", "--role", "admin");
    }

    @AfterAll
    void stop() {
        signedIn.close();
    }

    private CliRun cliRun(String stdin, String... args) {
        return signedIn.cliRun(stdin, args);
    }

    private String cli(String stdin, String... args) {
        return signedIn.cli(stdin, args);
    }

    private String session(String name, String password) {
        return signedIn.session(name, password);
    }

    private TestServer.Reply as(String header, String value, String method, String path, String json) {
        return signedIn.as(header, value, method, path, json);
    }

    private int tracksWith(String cookie) {
        return as("Cookie", cookie, "GET", "/api/tracks", null).status();
    }

    @Test
    void aNewPasswordFromTheCommandLineEndsTheUsersSessions() {
        cli("first password\n", "user", "add", "paula", "--role", "editor");
        String open = session("paula", "first password");
        assertThat(tracksWith(open)).isEqualTo(200);
        cli("second password\n", "user", "add", "paula", "--role", "editor");
        assertThat(tracksWith(open)).isEqualTo(401);
        assertThat(tracksWith(session("paula", "second password"))).isEqualTo(200);
    }

    @Test
    void aRoleChangeByAnAdminEndsTheUsersSessionsButNotTheAdminsOwn() {
        cli("role password\n", "user", "add", "rolf", "--role", "editor");
        String rolf = session("rolf", "role password");
        String ada = session("ada", "admin password");
        TestServer.Reply changed = as("Cookie", ada, "POST", "/api/users",
                "{\"name\":\"rolf\",\"role\":\"viewer\",\"password\":\"role password\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(tracksWith(rolf)).isEqualTo(401);
        // the admin changing their own password keeps the session they did it from, and ends the others
        String adaElsewhere = session("ada", "admin password");
        assertThat(as("Cookie", ada, "POST", "/api/users",
                "{\"name\":\"ada\",\"role\":\"admin\",\"password\":\"admin password\"}").status()).isEqualTo(200);
        assertThat(tracksWith(ada)).isEqualTo(200);
        assertThat(tracksWith(adaElsewhere)).isEqualTo(401);
    }

    @Test
    void removedUsersAndTokensStopWorkingAtOnce() {
        cli("gone password\n", "user", "add", "gus", "--role", "viewer");
        String gus = session("gus", "gone password");
        String ada = session("ada", "admin password");
        String token = as("Cookie", ada, "POST", "/api/tokens", "{\"name\":\"feed\",\"role\":\"viewer\"}")
                .json().get("token").asText();
        assertThat(as("Authorization", "Bearer " + token, "GET", "/api/tracks", null).status()).isEqualTo(200);

        assertThat(as("Cookie", ada, "DELETE", "/api/users/gus", null).status()).isEqualTo(204);
        assertThat(tracksWith(gus)).isEqualTo(401);
        assertThat(server.postJson("/api/session", Map.of("name", "gus", "password", "gone password")).status())
                .isEqualTo(401);
        assertThat(as("Cookie", ada, "DELETE", "/api/tokens/feed", null).status()).isEqualTo(204);
        assertThat(as("Authorization", "Bearer " + token, "GET", "/api/tracks", null).status()).isEqualTo(401);
        TestServer.Reply missing = as("Cookie", ada, "DELETE", "/api/users/nobody", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void theCommandLineRemovesUsersAndTokens() {
        cli("cli password\n", "user", "add", "carl", "--role", "viewer");
        String carl = session("carl", "cli password");
        String line = cli("", "token", "create", "cron", "--role", "viewer");
        String token = line.substring(line.lastIndexOf('\n') + 1).trim();
        assertThat(cli("", "user", "remove", "carl")).contains("Removed user carl");
        assertThat(tracksWith(carl)).isEqualTo(401);
        assertThat(cli("", "token", "remove", "cron")).contains("Removed token cron");
        assertThat(as("Authorization", "Bearer " + token, "GET", "/api/tracks", null).status()).isEqualTo(401);
        CliRun again = cliRun("", "user", "remove", "carl");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("There is no user 'carl'");
    }

    @Test
    void signOutEverywhereEndsEverySessionOfTheUser() {
        cli("many password\n", "user", "add", "vera", "--role", "viewer");
        String laptop = session("vera", "many password");
        String phone = session("vera", "many password");
        assertThat(as("Cookie", phone, "DELETE", "/api/session?everywhere=true", null).status()).isEqualTo(204);
        assertThat(tracksWith(laptop)).isEqualTo(401);
        assertThat(tracksWith(phone)).isEqualTo(401);
    }
}
