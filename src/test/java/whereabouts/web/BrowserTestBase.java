package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.Server;
import whereabouts.config.AppConfig;

/**
 * One real server (H2 in a temporary directory, demo scenario loaded) and one real headless Chromium per test
 * class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
    /** How Chromium logs a fetch answered with 404: "<url> - Failed to load resource: ... status of 404 ...". */
    private static final Pattern NOT_FOUND_LOG =
            Pattern.compile("^(\\S+) - Failed to load resource: the server responded with a status of 404");
    /** Endpoints being built on other branches (geocoder, rail network, trajectory). */
    private static final Pattern COMING_ENDPOINTS =
            Pattern.compile("/api/(geocode|rail/network|tracks/\\d+/(path|position))");

    Server server;
    Api api;
    Browser browser;

    @BeforeAll
    void startServerAndBrowser(@TempDir Path dataDir) {
        server = Server.start(AppConfig.defaults(dataDir, 0, true));
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

    String url(String pathAndQuery) {
        return server.url() + pathAndQuery;
    }

    long demoTrackId() {
        return api.get("/api/tracks").get(0).get("id").asLong();
    }

    /**
     * Console errors of `b`. The ONLY filter: the 404 that Chromium logs for a request to one of the endpoints
     * other branches are adding (/api/geocode, /api/rail/network, /api/tracks/{id}/path and /position) — and only
     * while this server really has no such route (checked by asking it). Once they are merged nothing is filtered.
     */
    List<String> consoleErrors(Browser b) {
        return b.consoleErrors(this::isComingEndpointNotFound);
    }

    void assertNoConsoleErrors(Browser b) {
        assertThat(consoleErrors(b)).as("browser console errors").isEmpty();
    }

    private boolean isComingEndpointNotFound(String message) {
        Matcher m = NOT_FOUND_LOG.matcher(message);
        if (!m.find()) {
            return false;
        }
        URI uri = URI.create(m.group(1));
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return COMING_ENDPOINTS.matcher(uri.getRawPath()).matches() && api.lacksEndpoint(path);
    }
}
