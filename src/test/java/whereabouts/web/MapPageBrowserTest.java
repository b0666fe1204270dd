package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The map page in a real browser against the real server with the demo scenario. */
class MapPageBrowserTest extends BrowserTestBase {

    @Test
    void demoTrackIsDrawnWithoutConsoleErrorsOrOutsideRequests() {
        browser.openAndWait(url("/"));

        assertThat(browser.all("#sighting-list li[data-sighting-id]")).hasSize(3);
        assertThat(browser.driver.findElement(By.id("map")).getAttribute("data-sighting-markers")).isEqualTo("3");
        assertThat(browser.driver.findElement(By.id("map")).getAttribute("data-path-legs")).isEqualTo("2");
        assertThat(browser.driver.findElement(By.id("track-select")).getText()).contains("armoured train");
        // the offline basemap is drawn (its canvas exists in the basemap pane)
        browser.waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".leaflet-basemap-pane canvas")).isEmpty());
        assertThat(browser.all(".position-marker")).hasSize(1);
        assertThat(browser.driver.getCurrentUrl()).contains("track=" + demoTrackId()).contains("&t=2023-09-13T02:00:00Z");

        assertThat(browser.requestedUrls()).isNotEmpty().allSatisfy(u -> assertThat(Browser.isLocal(u)).as(u).isTrue());
        assertNoConsoleErrors(browser);
    }

    /** Saves docs/screenshots/map-1280.png and map-390.png (the demo track), and checks the narrow layout. */
    @Test
    void screenshotsAtDesktopAndPhoneWidths() throws IOException {
        Path dir = Path.of("docs", "screenshots");
        Files.createDirectories(dir);
        try {
            browser.resizeViewport(1280, 800);
            browser.openAndWait(url("/?track=" + demoTrackId() + "&t=2023-09-11T18:00:00Z"));
            Thread.sleep(500); // let the basemap canvas settle
            Files.write(dir.resolve("map-1280.png"), browser.screenshot());
            var panel = browser.driver.findElement(By.cssSelector(".panel")).getRect();
            var map = browser.driver.findElement(By.id("map")).getRect();
            assertThat(panel.getX()).as("side panel right of the map").isGreaterThanOrEqualTo(map.getX() + map.getWidth());

            browser.resizeViewport(390, 844);
            browser.openAndWait(url("/?track=" + demoTrackId() + "&t=2023-09-11T18:00:00Z"));
            Thread.sleep(500);
            Files.write(dir.resolve("map-390.png"), browser.screenshot());
            panel = browser.driver.findElement(By.cssSelector(".panel")).getRect();
            map = browser.driver.findElement(By.id("map")).getRect();
            assertThat(panel.getY()).as("panel below the map").isGreaterThanOrEqualTo(map.getY() + map.getHeight());
            assertThat((Number) browser.js("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .satisfies(w -> assertThat(w.intValue()).isLessThanOrEqualTo(390));
            assertNoConsoleErrors(browser);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            browser.resizeViewport(1280, 800);
        }
    }
}
