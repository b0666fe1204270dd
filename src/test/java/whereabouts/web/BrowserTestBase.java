package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.Server;
import whereabouts.http.TestServer;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;

/**
 * One real server (H2 in a temporary directory, demo scenario loaded) and one real headless Chromium per test
 * class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
    Server server;
    Api api;
    Browser browser;
    Path dataDir;

    /** Sign-in and limits of the server under test: the loopback default unless a test class says otherwise. */
    SecurityConfig security() {
        return SecurityConfig.defaults();
    }

    @BeforeAll
    void startServerAndBrowser(@TempDir Path dataDir) {
        this.dataDir = dataDir;
        server = Server.start(AppConfig.defaults(dataDir, 0, true), security(), TestServer.geodata());
        api = new Api(server.url());
        browser = Browser.open(1280, 800);
    }

    @AfterAll
    void stopServerAndBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @BeforeEach
    void freshConsole() {
        browser.clearConsole();
    }

    String url(String pathAndQuery) {
        return server.url() + pathAndQuery;
    }

    long demoTrackId() {
        return api.get("/api/tracks").get(0).get("id").asLong();
    }

    /** Console errors of `b`, unfiltered. */
    List<String> consoleErrors(Browser b) {
        return b.consoleErrors();
    }

    void assertNoConsoleErrors(Browser b) {
        assertThat(consoleErrors(b)).as("browser console errors").isEmpty();
    }
}
