package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The time–distance chart (#journey-chart) and the legs table under the map. */
class JourneyChartBrowserTest extends BrowserTestBase {

    private WebElement chart() {
        return browser.driver.findElement(By.id("journey-chart"));
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    void theChartShowsEverySightingAndLegAndTheTableListsTheLegs() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        // the demo track: Pyongyang and Khasan (a rail leg), Vladivostok announced (a projection)
        assertThat(chart().getAttribute("data-points")).isEqualTo("3");
        assertThat(chart().getAttribute("data-legs")).isEqualTo("1");
        assertThat(chart().getAttribute("data-projections")).isEqualTo("1");
        assertThat(browser.all("#journey-chart .point")).hasSize(3);
        assertThat(browser.all("#journey-chart .point .window")).as("each sighting's time window as a bar").hasSize(3);
        assertThat(browser.all("#journey-chart line.leg:not(.projection)")).hasSize(1);
        WebElement projection = browser.driver.findElement(By.cssSelector("#journey-chart line.leg.projection"));
        assertThat(projection.getCssValue("stroke-dasharray")).isNotEqualTo("none");

        // the leg rises (distance grows with time): its slope is the speed
        WebElement leg = browser.driver.findElement(By.cssSelector("#journey-chart line.leg:not(.projection)"));
        double x1 = Double.parseDouble(leg.getAttribute("x1"));
        double x2 = Double.parseDouble(leg.getAttribute("x2"));
        double y1 = Double.parseDouble(leg.getAttribute("y1"));
        double y2 = Double.parseDouble(leg.getAttribute("y2"));
        assertThat(x2).isGreaterThan(x1);
        assertThat(y2).as("SVG y grows downwards").isLessThan(y1);

        List<WebElement> rows = browser.all("#legs-body tr");
        assertThat(rows).hasSize(2);
        List<String> first = rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        double km = api.get("/api/tracks/" + demoTrackId() + "/path").get("features").get(0).get("properties")
                .get("lengthKm").asDouble();
        assertThat(first.get(0)).isEqualTo("Pyongyang");
        assertThat(first.get(1)).isEqualTo("Khasan");
        assertThat(Double.parseDouble(first.get(2).replace(",", ""))).isCloseTo(km, within(0.5));
        assertThat(first.get(3)).isEqualTo("38.0"); // 06:00 on the 10th to 20:00 on the 11th
        assertThat(Double.parseDouble(first.get(4))).isCloseTo(km / 38.0, within(0.6));
        assertThat(rows.get(1).getAttribute("data-feature-type")).isEqualTo("projection");
        assertThat(rows.get(1).getText()).contains("Vladivostok (expected)");
        assertNoConsoleErrors(browser);
    }

    @Test
    void hoveringAPointHighlightsItsMarkerAndAClickSetsTheTime() {
        browser.openAndWait(url("/?track=" + demoTrackId() + "&t=2023-09-13T02:00:00Z"));
        List<WebElement> points = browser.all("#journey-chart .point");
        String khasanId = points.get(1).getAttribute("data-sighting-id");
        new Actions(browser.driver).moveToElement(points.get(1)).perform();
        browser.waitUpTo(5).until(d -> khasanId.equals(d.findElement(By.id("map")).getAttribute("data-highlighted-sighting")));
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("legs-table"))).perform();
        browser.waitUpTo(5).until(d -> d.findElement(By.id("map")).getAttribute("data-highlighted-sighting") == null);

        // a click a third of the way across the plot sets the slider (and clock, and the chart's time line) there
        WebElement svg = browser.driver.findElement(By.cssSelector("#journey-chart svg"));
        String before = text("clock-utc");
        int width = svg.getRect().getWidth();
        int clickX = 56 + (width - 56 - 14) / 3; // the plot's left margin is 56 px, its right 14 px
        new Actions(browser.driver).moveToElement(svg, clickX - width / 2, 0).click().perform();
        browser.waitUpTo(5).until(d -> !before.equals(text("clock-utc")));
        String slider = browser.driver.findElement(By.id("time-slider")).getAttribute("aria-valuetext");
        assertThat(text("clock-utc")).isEqualTo(slider);
        assertThat(chart().getAttribute("data-time")).isEqualTo(slider);
        WebElement now = browser.driver.findElement(By.cssSelector("#journey-chart .now-line"));
        assertThat(Double.parseDouble(now.getAttribute("data-x"))).isCloseTo(clickX, within(2.0));
        assertThat(now.getRect().getX() - svg.getRect().getX()).isCloseTo(clickX, within(2));
        assertThat(slider).startsWith("2023-09-1");
        browser.waitUpTo(5).until(d -> d.getCurrentUrl().contains("t=" + slider.substring(0, 10)));
        assertNoConsoleErrors(browser);
    }

    @Test
    void anImplausibleLegIsRedInTheChartAndFlaggedInTheTable() {
        long track = api.createTrack("too fast");
        api.addSighting(track, Map.of("observedAt", "2023-09-10T12:00+09:00", "place", "Pyongyang",
                "source", "test", "confidence", "confirmed"));
        api.addSighting(track, Map.of("observedAt", "2023-09-10T14:00+09:00", "place", "Khasan",
                "source", "test", "confidence", "reported"));
        browser.openAndWait(url("/?track=" + track));
        WebElement leg = browser.driver.findElement(By.cssSelector("#journey-chart line.leg.flagged"));
        assertThat(leg.getCssValue("stroke")).isEqualTo("rgb(198, 40, 40)");
        assertThat(browser.all("#legs-body tr.flagged")).hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector("#legs-body tr.flagged")).getText()).contains("⚠");
        assertNoConsoleErrors(browser);
    }

    /** A screenshot of the map with its chart (journey-1280.png) in target/screenshots or -Dwhereabouts.screenshots.dir. */
    @Test
    void screenshotOfTheJourneyChart() throws IOException {
        Path dir = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        long russia = api.get("/api/tracks").get(1).get("id").asLong();
        browser.openAndWait(url("/?track=" + russia + "&t=2023-09-14T06:00:00Z"));
        browser.waitUpTo(10).until(d -> d.findElement(By.id("map")).getAttribute("data-labels-zoom") != null);
        assertThat(Integer.parseInt(chart().getAttribute("data-points"))).isGreaterThan(3);
        WebElement vostochny = browser.all("#journey-chart .point").get(2);
        new Actions(browser.driver).moveToElement(vostochny).perform(); // its marker is ringed on the map
        browser.waitUpTo(5).until(d -> d.findElement(By.id("map")).getAttribute("data-highlighted-sighting") != null);
        Files.write(dir.resolve("journey-1280.png"), browser.screenshot());
        assertNoConsoleErrors(browser);
    }
}
