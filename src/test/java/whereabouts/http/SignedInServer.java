package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import whereabouts.CliRun;
import whereabouts.config.SecurityConfig;

/**
 * A real server with sign-in on, and what tests of it keep needing: the command line on its database (to add users
 * and tokens), signing in for a session cookie, and requests sent with a header (a cookie or a Bearer token).
 */
final class SignedInServer implements AutoCloseable {
    final TestServer server;
    private final Path dataDir;

    private SignedInServer(TestServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** A server over a fresh database in {@code dataDir} with these sign-in settings (auth should be on). */
    static SignedInServer start(Path dataDir, SecurityConfig security) {
        return new SignedInServer(TestServer.start(dataDir, false, security), dataDir);
    }

    /** Runs the command line on the server's database; returns its run (exit code, output). */
    CliRun cliRun(String stdin, String... args) {
        return CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), stdin, args);
    }

    /** Runs the command line and expects it to succeed; returns its output, trimmed. */
    String cli(String stdin, String... args) {
        CliRun r = cliRun(stdin, args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().trim();
    }

    /** Adds (or changes) a user with the command line. */
    void user(String name, String role, String password) {
        cli(password + "\n", "user", "add", name, "--role", role);
    }

    /** Signs in (expecting success) and returns the session cookie as a Cookie header value, "name=value". */
    String session(String name, String password) {
        TestServer.Reply r = server.postJson("/api/session", Map.of("name", name, "password", password));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String setCookie = r.header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** A request with one header ({@code Cookie}, {@code Authorization} …), with a JSON body when {@code json} is set. */
    TestServer.Reply as(String header, String value, String method, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).header(header, value);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return server.send(b);
    }

    /** A request with this session cookie. */
    TestServer.Reply withCookie(String cookie, String method, String path, String json, String... headers) {
        return as("Cookie", cookie, method, path, json, headers);
    }

    @Override
    public void close() {
        server.close();
    }
}
