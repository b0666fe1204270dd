package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

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
    void theRailLayerShowsHowEachStretchIsMeasuredStationNamesWhenZoomedInAndKmPostsOnHover() {
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
        org.openqa.selenium.Rectangle view = zoomed.getRect();
        WebElement label = browser.all(".leaflet-tooltip.station-label").stream().filter(WebElement::isDisplayed)
                .filter(l -> l.getRect().getX() > view.getX() + 20 && l.getRect().getX() < view.getX() + view.getWidth() - 150
                        && l.getRect().getY() > view.getY() + 20 && l.getRect().getY() < view.getY() + view.getHeight() - 20)
                .findFirst().orElseThrow(() -> new AssertionError("no station name in view at zoom 9"));

        new Actions(browser.driver).moveToElement(label).perform();
        browser.waitUpTo(5).until(d -> !d.findElements(By.cssSelector(".station-label-hover")).isEmpty());
        assertThat(browser.driver.findElement(By.cssSelector(".station-label-hover")).getText()).contains("km ");
        assertNoConsoleErrors(browser);
    }
}
