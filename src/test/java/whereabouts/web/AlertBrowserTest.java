package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import whereabouts.CliRun;
import whereabouts.config.SecurityConfig;

/**
 * Alerts on the page (issue 21, sign-in on): alice watches the plane from one browser; an implausible sighting on
 * it, sent by a script, shows a notification on her page in a second browser, as text.
 */
class AlertBrowserTest extends BrowserTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    SecurityConfig security() {
        return SecurityConfig.defaults().withAuth(true, false);
    }

    @BeforeAll
    void users() {
        CliRun r = CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), "alice's password\n",
                "user", "add", "alice", "--role", "editor");
        assertThat(r.code()).as(r.err()).isZero();
    }

    private void signIn(Browser b) {
        b.openAndWait(url("/"));
        b.waitFor(By.id("sign-in-form"));
        b.driver.findElement(By.id("sign-in-name")).sendKeys("alice");
        b.driver.findElement(By.id("sign-in-password")).sendKeys("alice's password");
        b.driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        b.waitFor(By.id("signed-in"));
        b.waitUntilReady();
    }

    private HttpResponse<String> send(String cookie, String method, String path, String json) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url(path))).header("Origin", server.url());
        if (cookie != null) {
            req.header("Cookie", cookie);
        }
        if (json != null) {
            req.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            req.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anImplausibleSightingOnAWatchedTrackIsShownInASecondBrowser() throws Exception {
        HttpResponse<String> session = send(null, "POST", "/api/session",
                "{\"name\":\"alice\",\"password\":\"alice's password\"}");
        String header = session.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = header.substring(0, header.indexOf(';'));
        long plane = -1;
        for (JsonNode t : JSON.readTree(send(cookie, "GET", "/api/tracks", null).body())) {
            if (t.get("name").asText().startsWith("Putin's plane")) {
                plane = t.get("id").asLong();
            }
        }
        signIn(browser);
        WebElement watch = browser.waitFor(By.cssSelector("#track-set li[data-track-id='" + plane
                + "'] input[data-role=watch]"));
        browser.click(watch);
        long watched = plane;
        browser.waitUpTo(30).until(d -> {
            try {
                return send(cookie, "GET", "/api/watches", null).body().contains(Long.toString(watched));
            } catch (Exception e) {
                return false;
            }
        });

        try (Browser second = Browser.open(1280, 800)) {
            signIn(second);
            second.waitUpTo(30).until(d -> "live".equals(d.findElement(By.id("live-status")).getAttribute("data-status")));
            HttpResponse<String> moscow = send(cookie, "POST", "/api/tracks/" + plane + "/sightings",
                    "{\"observedAt\":\"2023-09-13T13:30+09:00\",\"lat\":55.7558,\"lon\":37.6173,"
                            + "\"source\":\"<b>a wrong report</b>\"}");
            assertThat(moscow.statusCode()).as(moscow.body()).isEqualTo(201);
            WebElement alert = second.waitUpTo(90).until(d -> d.findElements(By.cssSelector("#alerts .alert"))
                    .stream().findFirst().orElse(null));
            assertThat(alert.getAttribute("data-kind")).isEqualTo("implausible");
            assertThat(alert.getText()).contains("Putin's plane").contains("implausible");
            assertThat(second.all("#alerts b")).isEmpty(); // text, never HTML
            browser.waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#alerts .alert")).isEmpty());
        }
    }
}
