package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;

/**
 * A track in Europe on the offline basemap: the world layer (Natural Earth 1:50m land, lakes, rivers, borders)
 * is drawn there, with no request leaving the machine. Before issue #20 the offline basemap covered East Asia only
 * and Europe was an empty blue page.
 */
class WorldBasemapBrowserTest extends BrowserTestBase {
    /** Fill colour of land in web/js/basemap.js, and the map's background (the sea) in web/css/app.css. */
    private static final int LAND = 0xf3efe6;
    private static final int SEA = 0xcfe0ea;
    /** Line colours of rivers (and lake outlines) and of country borders in web/js/basemap.js. */
    private static final int RIVER = 0x4f86ab;
    private static final int BORDER = 0x75644f;
    /** The view of the tests: the Channel, the Low Countries and north-west Germany. */
    private static final double CENTER_LAT = 51.5;
    private static final double CENTER_LON = 5.0;
    private static final int ZOOM = 6;

    private long trackId;

    @BeforeAll
    void createEuropeanTrack() {
        trackId = api.post("/api/tracks", Map.of("name", "A coaster from Normandy to Hamburg", "mode", "road"))
                .get("id").asLong();
        // place-only sightings: Étretat (pop. 1,658) and Giethoorn (2,130) are in cities500 but were not in the
        // gazetteer's former subset (at least 15,000 people outside seven Asian countries)
        api.addSighting(trackId, Map.of("observedAt", "2023-10-01T08:00+02:00", "place", "Étretat",
                "source", "test fixture", "confidence", "reported"));
        api.addSighting(trackId, Map.of("observedAt", "2023-10-02T08:00+02:00", "place", "Giethoorn",
                "source", "test fixture", "confidence", "reported"));
        api.addSighting(trackId, Map.of("observedAt", "2023-10-03T08:00+02:00", "place", "Hamburg",
                "lat", "53.55073", "lon", "9.99302", "source", "test fixture", "confidence", "confirmed"));
    }

    @Test
    void placesOutsideTheFormerSubsetAreGeocodedFromTheWholeCities500() {
        var sightings = api.get("/api/tracks/" + trackId + "/sightings");
        assertThat(sightings).hasSize(3);
        assertThat(sightings.get(0).get("resolvedGeonameId").asLong()).as("Étretat").isEqualTo(3019355);
        assertThat(sightings.get(1).get("resolvedGeonameId").asLong()).as("Giethoorn").isEqualTo(2755517);
    }

    @Test
    void europeIsDrawnOnTheOfflineBasemapWithoutOutsideRequests() throws IOException {
        browser.forgetRequests();
        browser.openAndWait(url("/?track=" + trackId + "&zoom=" + ZOOM + "&center=" + CENTER_LAT + "," + CENTER_LON
                + "&layers="));
        browser.waitUntilSettled();
        assertThat(browser.driver.findElement(By.id("map")).getAttribute("data-sighting-markers")).isEqualTo("3");

        BufferedImage page = ImageIO.read(new ByteArrayInputStream(browser.screenshot()));
        Rectangle map = browser.driver.findElement(By.id("map")).getRect();
        // points away from the track, rivers and borders: inland France and Germany are land, the North Sea is sea
        assertThat(dominantColour(page, map, 49.0, 2.9)).as("Champagne, France").isEqualTo(LAND);
        assertThat(dominantColour(page, map, 52.3, 8.6)).as("Lower Saxony, Germany").isEqualTo(LAND);
        assertThat(dominantColour(page, map, 53.9, 3.0)).as("North Sea").isEqualTo(SEA);
        assertThat(dominantColour(page, map, 50.2, -2.0)).as("English Channel").isEqualTo(SEA);

        // rivers and borders are drawn, and in colours that read on the land (issue #20: they were drawn in pale
        // 1 px lines, invisible on the screenshot): pixels of the basemap canvas near each line colour
        assertThat(basemapPixelsNear(RIVER, 30)).as("river and lake-outline pixels").isGreaterThan(400);
        assertThat(basemapPixelsNear(BORDER, 12)).as("country-border pixels").isGreaterThan(150);

        assertThat(browser.requestedUrls()).isNotEmpty().allSatisfy(u -> assertThat(Browser.isLocal(u)).as(u).isTrue());
        assertThat(browser.requestedUrls()).anyMatch(u -> u.contains("/geodata/basemap/world-land-50m.geojson"));
        assertNoConsoleErrors(browser);
    }

    /** docs/screenshots/europe-1280.png (-Dwhereabouts.screenshots.dir=docs/screenshots to update it). */
    @Test
    void screenshotOfATrackInEurope() throws IOException {
        browser.openAndWait(url("/?track=" + trackId + "&zoom=" + ZOOM + "&center=" + CENTER_LAT + "," + CENTER_LON));
        browser.waitUntilSettled();
        Path dir = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve("europe-1280.png");
        Files.write(file, browser.screenshot());
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(1280);
    }

    /** Pixels of the basemap pane's canvas within {@code tolerance} (RGB distance) of {@code rgb}. */
    private long basemapPixelsNear(int rgb, int tolerance) {
        Object n = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const [r, g, b, t] = arguments;"
                + "const c = document.querySelector('.leaflet-basemap-pane canvas');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0;"
                + "for (let i = 0; i < d.length; i += 4) {"
                + "  const dr = d[i] - r, dg = d[i + 1] - g, db = d[i + 2] - b;"
                + "  if (dr * dr + dg * dg + db * db <= t * t) n++;"
                + "}"
                + "return n;", (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, tolerance);
        return ((Number) n).longValue();
    }

    /**
     * The most frequent RGB colour in the 9 × 9 screenshot pixels around a position, found by projecting it with
     * Web Mercator (EPSG:3857, as Leaflet does) relative to the map's centre at the test's zoom.
     */
    private static int dominantColour(BufferedImage page, Rectangle map, double lat, double lon) {
        double x = map.getX() + map.getWidth() / 2.0 + (mercatorX(lon) - mercatorX(CENTER_LON));
        double y = map.getY() + map.getHeight() / 2.0 + (mercatorY(lat) - mercatorY(CENTER_LAT));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int dx = -4; dx <= 4; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
                counts.merge(page.getRGB((int) Math.round(x) + dx, (int) Math.round(y) + dy) & 0xffffff, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static double worldPixels() {
        return 256 * Math.pow(2, ZOOM);
    }

    private static double mercatorX(double lonDeg) {
        return (lonDeg + 180) / 360 * worldPixels();
    }

    private static double mercatorY(double latDeg) {
        double phi = Math.toRadians(latDeg);
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * worldPixels();
    }
}
