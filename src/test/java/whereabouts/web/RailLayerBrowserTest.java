package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The rail network layer: stretches drawn by how they are measured (km posts solid, scaled dashed, drawn only
 * dotted, as in the legend), station names from zoom 8 on, and a station's km post on hover.
 */
class RailLayerBrowserTest extends BrowserTestBase {

    @Test
    void theRailLayerShowsHowEachStretchIsMeasuredStationNamesWhenZoomedInAndKmPostsOnHover() throws IOException {
        browser.openAndWait(url("/?track=" + demoTrackId() + "&zoom=5&center=42,130&layers=rail"));
        WebElement map = browser.driver.findElement(By.id("map"));
        browser.waitUpTo(10).until(d -> map.getAttribute("data-rail-stations") != null);

        assertThat(map.getAttribute("data-rail-measures")).isEqualTo("drawn km-post scaled");
        long stations = 0;
        for (var f : api.get("/api/rail/network").get("features")) {
            stations += f.get("geometry").get("type").asText().equals("Point") ? 1 : 0;
        }
        assertThat(map.getAttribute("data-rail-stations")).isEqualTo(Long.toString(stations));

        // zoomed out: names hidden; from zoom 8: shown
        assertThat(map.getAttribute("class")).contains("station-labels-hidden");
        assertThat(browser.all(".leaflet-tooltip.station-label")).isNotEmpty()
                .noneMatch(WebElement::isDisplayed);
        // zoom 9 on the Trans-Siberian north of Vladivostok (Ugolnaya, Nadezhdinskaya, Razdolnoye …)
        browser.openAndWait(url("/?track=" + demoTrackId() + "&zoom=9&center=43.4,131.95&layers=rail"));
        WebElement zoomed = browser.driver.findElement(By.id("map"));
        browser.waitUpTo(10).until(d -> zoomed.getAttribute("data-rail-stations") != null);
        assertThat(zoomed.getAttribute("class")).doesNotContain("station-labels-hidden");
        java.util.List<org.openqa.selenium.Rectangle> shown = browser.all(".leaflet-tooltip.station-label").stream()
                .filter(WebElement::isDisplayed).map(WebElement::getRect).toList();
        assertThat(shown).hasSizeGreaterThan(5);
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                org.openqa.selenium.Rectangle a = shown.get(i);
                org.openqa.selenium.Rectangle b = shown.get(j);
                assertThat(a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight())
                        .as("station names %s and %s overlap", a, b).isFalse();
            }
        }
        org.openqa.selenium.Rectangle view = zoomed.getRect();
        WebElement label = browser.all(".leaflet-tooltip.station-label").stream().filter(WebElement::isDisplayed)
                .filter(l -> l.getRect().getX() > view.getX() + 20 && l.getRect().getX() < view.getX() + view.getWidth() - 150
                        && l.getRect().getY() > view.getY() + 20 && l.getRect().getY() < view.getY() + view.getHeight() - 20)
                .findFirst().orElseThrow(() -> new AssertionError("no station name in view at zoom 9"));

        new Actions(browser.driver).moveToElement(label).perform();
        browser.waitUpTo(5).until(d -> !d.findElements(By.cssSelector(".station-label-hover")).isEmpty());
        assertThat(browser.driver.findElement(By.cssSelector(".station-label-hover")).getText()).contains("km ");
        assertNoConsoleErrors(browser);

        // docs/screenshots/rail-1280.png (-Dwhereabouts.screenshots.dir=docs/screenshots to update it)
        Path dir = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("rail-1280.png"), browser.screenshot());
    }
}
