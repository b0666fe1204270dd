package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import whereabouts.Server;
import whereabouts.config.AppConfig;
import whereabouts.http.TestServer;
import whereabouts.store.TestDatabases;

/**
 * Two server processes' worth of servers (each its own store, pool, caches and event stream) on one PostgreSQL
 * database: a sighting posted to one appears live on a page connected to the other (LISTEN/NOTIFY), both ways.
 * The time it took is printed ({@code two-servers:}); the target is one second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersBrowserTest {
    Server first;
    Server second;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path dirA, @TempDir Path dirB) {
        String db = TestDatabases.freshPostgres();
        first = Server.start(config(dirA, db), TestServer.geodata());
        second = Server.start(config(dirB, db), TestServer.geodata());
        browser = Browser.open(1280, 800);
    }

    static AppConfig config(Path dataDir, String dbUrl) {
        return AppConfig.fromEnv(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString(), "WHEREABOUTS_PORT", "0",
                "WHEREABOUTS_DEMO", "false", "WHEREABOUTS_DB_URL", dbUrl));
    }

    @AfterAll
    void stop() {
        try {
            browser.close();
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void aSightingPostedToOneServerAppearsOnAPageOfTheOther() {
        Api toFirst = new Api(first.url());
        Api toSecond = new Api(second.url());
        long track = toFirst.createTwoPointTrack("two servers, one database");

        assertLiveAcross(second, toFirst, track, "2023-09-12T12:00+10:00", "Ussuriysk", 3);
        assertLiveAcross(first, toSecond, track, "2023-09-12T18:00+10:00", "Artyom", 4);
    }

    /** Opens {@code page}'s map of the track, posts through {@code poster}, waits for the list to grow. */
    private void assertLiveAcross(Server page, Api poster, long track, String observedAt, String place, int count) {
        browser.openAndWait(page.url() + "/?track=" + track);
        browser.waitUpTo(10).until(d -> "live".equals(d.findElement(By.id("live-status")).getAttribute("data-status")));
        browser.waitUpTo(10).until(d -> items() == count - 1);
        long start = System.nanoTime();
        poster.addSighting(track, Map.of("observedAt", observedAt, "place", place, "lat", "43.5", "lon", "132.0",
                "source", "posted to the other server"));
        browser.waitUpTo(10).until(d -> items() == count);
        System.out.printf(Locale.ROOT, "two-servers: %s appeared on the other server's page after %.0f ms%n", place,
                (System.nanoTime() - start) / 1e6);
        assertThat(browser.all("#sighting-list li[data-sighting-id]").get(count - 1).getText()).contains(place);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private int items() {
        return browser.driver.findElements(By.cssSelector("#sighting-list li[data-sighting-id]")).size();
    }
}
