package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebElement;

/** The map page in a real browser against the real server with the demo scenario. */
class MapPageBrowserTest extends BrowserTestBase {

    @Test
    void demoTrackIsDrawnWithoutConsoleErrorsOrOutsideRequests() {
        browser.openAndWait(url("/"));

        assertThat(browser.all("#sighting-list li[data-sighting-id]")).hasSize(3);
        assertThat(browser.driver.findElement(By.id("map")).getAttribute("data-sighting-markers")).isEqualTo("3");
        assertThat(browser.driver.findElement(By.id("map")).getAttribute("data-path-legs")).isEqualTo("2");
        assertThat(browser.driver.findElement(By.id("track-select")).getText()).contains("armoured train");
        // the offline basemap and the position marker are drawn after the page is ready (their data comes later)
        browser.waitUntilSettled();
        assertThat(browser.all(".leaflet-basemap-pane canvas")).isNotEmpty();
        assertThat(browser.all(".position-marker")).hasSize(1);
        // the page writes its state into the URL a moment after it is drawn: wait for it, never read it at once
        // issue #25: the page opens at the latest reported sighting (Khasan), not at the projection's end
        browser.waitForUrlContaining("track=" + demoTrackId(), "&t=2023-09-11T20:00:00Z");

        assertThat(browser.requestedUrls()).isNotEmpty().allSatisfy(u -> assertThat(Browser.isLocal(u)).as(u).isTrue());
        assertNoConsoleErrors(browser);
    }

    @Test
    void movingTheSliderMovesThePositionMarkerAlongTheTrack() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        WebElement slider = browser.driver.findElement(By.id("time-slider"));

        slider.sendKeys(Keys.HOME);
        Point atPyongyang = markerCentreAt("2023-09-10 06:00 UTC");
        assertThat(browser.driver.findElement(By.id("position-status")).getAttribute("data-status")).isEqualTo("at-sighting");

        browser.driver.findElement(By.id("next")).click();
        Point atKhasan = markerCentreAt("2023-09-11 20:00 UTC");
        assertThat(atKhasan.getX()).as("Khasan is east of Pyongyang").isGreaterThan(atPyongyang.getX() + 50);

        slider.sendKeys(Keys.HOME);
        markerCentreAt("2023-09-10 06:00 UTC");
        List<Point> path = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        List<String> statusTexts = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            slider.sendKeys(Keys.PAGE_UP, Keys.PAGE_UP); // 2 h per step
            path.add(markerCentreAt(utcText(Instant.parse("2023-09-10T06:00:00Z").plus(Duration.ofHours(2L * i)))));
            statuses.add(browser.driver.findElement(By.id("position-status")).getAttribute("data-status"));
            shapes.add(browser.driver.findElement(By.id("map")).getAttribute("data-position-shape"));
            statusTexts.add(text("position-status"));
        }
        assertThat(text("clock-utc")).isEqualTo("2023-09-11 20:00 UTC");
        assertThat(statuses).contains("in-transit");
        assertThat(shapes).as("in transit on the rail leg: the stretch of line; at a sighting: the circle")
                .contains("stretch", "circle").doesNotContain("none");
        for (int i = 0; i < statuses.size(); i++) {
            assertThat(shapes.get(i)).as("step %d (%s)", i, statuses.get(i))
                    .isEqualTo(statuses.get(i).equals("in-transit") ? "stretch" : "circle");
            assertThat(statusTexts.get(i).endsWith(" along the line")).isEqualTo(shapes.get(i).equals("stretch"));
        }
        // between the sightings' time windows (±3 h) the marker moves at every step; inside a window it stays at
        // the sighting; and it stays between the two sightings (with a margin for a line that bends)
        for (int i = 1; i < path.size(); i++) {
            if (statuses.get(i).equals("in-transit") && statuses.get(i - 1).equals("in-transit")) {
                assertThat(path.get(i)).as("step %d moved", i).isNotEqualTo(path.get(i - 1));
            }
        }
        int marginX = (atKhasan.getX() - atPyongyang.getX()) / 3;
        int marginY = Math.abs(atKhasan.getY() - atPyongyang.getY()) / 3;
        assertThat(path).allSatisfy(p -> {
            assertThat(p.getX()).isBetween(atPyongyang.getX() - marginX, atKhasan.getX() + marginX);
            assertThat(p.getY()).isBetween(Math.min(atPyongyang.getY(), atKhasan.getY()) - marginY,
                    Math.max(atPyongyang.getY(), atKhasan.getY()) + marginY);
        });
        assertThat(path.get(path.size() - 1)).isEqualTo(atKhasan);
        browser.waitUpTo(5).until(d -> d.getCurrentUrl().endsWith("&t=2023-09-11T20:00:00Z"));
        assertNoConsoleErrors(browser);
    }

    @Test
    void aSharedUrlRestoresTrackAndTime() {
        long track = api.createTwoPointTrack("shared view");
        browser.openAndWait(url("/?track=" + track + "&t=2023-09-11T12:00:00Z"));

        assertThat(browser.driver.findElement(By.id("track-select")).getAttribute("value")).isEqualTo(Long.toString(track));
        browser.waitForText(By.id("clock-utc"), "2023-09-11 12:00 UTC"); // drawn when the position answer arrives
        assertThat(browser.driver.findElement(By.id("time-slider")).getAttribute("aria-valuetext"))
                .isEqualTo("2023-09-11 12:00 UTC");
        // local time in the zone of the sighting nearest in time (Khasan, 8 h later; Pyongyang was 30 h earlier)
        assertThat(text("clock-local")).isEqualTo("2023-09-11 22:00 GMT+10 (Asia/Vladivostok)");
        assertThat(browser.all("#sighting-list li[data-sighting-id]")).hasSize(2);
        assertThat(browser.driver.findElement(By.id("download")).getAttribute("href"))
                .endsWith("/api/tracks/" + track + "/export?format=geojson");
        assertNoConsoleErrors(browser);
    }

    @Test
    void theDownloadIsValidGeoJson(@TempDir Path tmp) throws Exception {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        WebElement download = browser.driver.findElement(By.id("download"));
        assertThat(download.getAttribute("download")).endsWith(".geojson");

        Object answer = browser.asyncJs("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(async (r) => done({ status: r.status,"
                + " type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),"
                + " body: await r.text() })).catch((e) => done({ error: String(e) }));",
                download.getAttribute("href"));
        @SuppressWarnings("unchecked")
        Map<String, Object> res = (Map<String, Object>) answer;
        assertThat(res.get("status")).as(String.valueOf(res.get("error"))).isEqualTo(200L);
        assertThat((String) res.get("type")).startsWith("application/geo+json");
        assertThat((String) res.get("disposition")).startsWith("attachment");
        String body = (String) res.get("body");
        JsonNode fc = new ObjectMapper().readTree(body);
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        List<String> types = new ArrayList<>();
        fc.path("features").forEach(f -> types.add(f.path("geometry").path("type").asText()));
        assertThat(types).containsOnly("Point", "LineString");
        assertThat(types.stream().filter("Point"::equals)).hasSize(3);

        Path file = tmp.resolve("track.geojson");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        Process ogr = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(ogr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ogr.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ogr.exitValue()).as(out).isZero();
        assertThat(out).contains("using driver `GeoJSON' successful")
                .contains("Feature Count: " + fc.path("features").size());
        assertNoConsoleErrors(browser);
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** Centre of the position marker once the clock shows `utc` (the position for that time is drawn). */
    private Point markerCentreAt(String utc) {
        browser.waitUpTo(5).withMessage(() -> "expected the clock at " + utc + ", it shows " + text("clock-utc")
                + "; the slider says " + browser.driver.findElement(By.id("time-slider")).getAttribute("aria-valuetext"))
                .until(d -> utc.equals(text("clock-utc")));
        var r = browser.driver.findElement(By.cssSelector(".position-marker")).getRect();
        return new Point(r.getX() + r.getWidth() / 2, r.getY() + r.getHeight() / 2);
    }

    private static String utcText(Instant t) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(t);
    }

    /**
     * Checks the wide and narrow layouts and saves screenshots of the demo tracks (map-1280.png, map-390.png, map-russia-1280.png) to
     * target/screenshots, or to the directory in -Dwhereabouts.screenshots.dir (docs/screenshots to update the
     * committed ones), so a normal test run leaves the working tree clean.
     */
    @Test
    void screenshotsAtDesktopAndPhoneWidths() throws IOException {
        Path dir = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        try {
            browser.resizeViewport(1280, 800);
            browser.openAndWait(url("/?track=" + demoTrackId() + "&t=2023-09-11T15:00:00Z"));
            browser.waitUntilSettled(); // basemap canvas and position drawn
            Files.write(dir.resolve("map-1280.png"), browser.screenshot());
            long russia = api.get("/api/tracks").get(1).get("id").asLong(); // the second demo track
            browser.openAndWait(url("/?track=" + russia + "&t=2023-09-14T06:00:00Z"));
            browser.waitUntilSettled();
            Files.write(dir.resolve("map-russia-1280.png"), browser.screenshot());
            var panel = browser.driver.findElement(By.cssSelector(".panel")).getRect();
            var map = browser.driver.findElement(By.id("map")).getRect();
            assertThat(panel.getX()).as("side panel right of the map").isGreaterThanOrEqualTo(map.getX() + map.getWidth());

            browser.resizeViewport(390, 844);
            browser.openAndWait(url("/?track=" + demoTrackId() + "&t=2023-09-11T15:00:00Z"));
            browser.waitUntilSettled();
            Files.write(dir.resolve("map-390.png"), browser.screenshot());
            panel = browser.driver.findElement(By.cssSelector(".panel")).getRect();
            map = browser.driver.findElement(By.id("map")).getRect();
            assertThat(panel.getY()).as("panel below the map").isGreaterThanOrEqualTo(map.getY() + map.getHeight());
            assertThat((Number) browser.js("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .satisfies(w -> assertThat(w.intValue()).isLessThanOrEqualTo(390));
            assertNoConsoleErrors(browser);
        } finally {
            browser.resizeViewport(1280, 800);
        }
    }
}
