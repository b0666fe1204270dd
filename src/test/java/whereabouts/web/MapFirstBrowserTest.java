package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Map first (issue #25), at 1280×800 and on a 390×844 phone: the map's share of the window, the time bar in view
 * with it, the layer box folded, replay that keeps the marker in view, "Fit to track", opening at the latest
 * report, labels that never collide or leave the map, and axe-core at 0 violations. Screenshots go to
 * target/screenshots.
 */
class MapFirstBrowserTest extends BrowserTestBase {
    static final List<String> TIME_BAR = List.of("time-slider", "play", "prev", "next", "clock-utc", "position-status");

    private WebElement map() {
        return browser.driver.findElement(By.id("map"));
    }

    private void assertMapFirst(double minShare, String size) {
        double share = EditorPages.mapShare(browser);
        System.out.printf("[issue-25] map share at %s: %.1f %% of the window's height%n", size, share * 100);
        assertThat(share).as("map share of the window at %s", size).isGreaterThanOrEqualTo(minShare);
        for (String id : TIME_BAR) {
            assertThat(EditorPages.inView(browser, id)).as("%s in view without scrolling at %s", id, size).isTrue();
        }
        WebElement layers = browser.driver.findElement(By.cssSelector(".leaflet-control-layers"));
        assertThat(layers.getAttribute("class")).doesNotContain("leaflet-control-layers-expanded");
        assertThat(browser.driver.findElement(By.id("fit-track")).isDisplayed()).isTrue();
        assertThat(Axe.violations(browser)).as("axe-core at %s", size).isEmpty();
    }

    @Test
    void atDesktopSizeTheMapTakesMostOfTheWindowAndTheTimeBarIsInView() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        browser.waitUntilSettled();
        assertMapFirst(0.60, "1280x800");
        EditorPages.screenshot(browser, "map-first-1280x800");
        assertNoConsoleErrors(browser);
    }

    @Test
    void onAPhoneTheMapAndACompactTimeBarShareTheScreen() {
        try {
            browser.resizeViewport(390, 844);
            browser.openAndWait(url("/?track=" + demoTrackId()));
            browser.waitUntilSettled();
            assertMapFirst(0.45, "390x844");
            EditorPages.screenshot(browser, "map-first-390x844");
            assertNoConsoleErrors(browser);
        } finally {
            browser.resizeViewport(1280, 800);
        }
    }

    @Test
    void thePageOpensAtTheLatestReportAndASharedTimeIsKept() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        browser.waitUntilSettled();
        browser.waitForText(By.id("clock-utc"), "2023-09-11 20:00 UTC"); // Khasan, not the projection's end
        assertThat(browser.driver.findElement(By.id("position-status")).getText()).startsWith("At a report");
        browser.openAndWait(url("/?track=" + demoTrackId() + "&t=2023-09-11T02:00:00Z"));
        browser.waitForText(By.id("clock-utc"), "2023-09-11 02:00 UTC");
        assertThat(browser.driver.findElement(By.id("position-status")).getText()).startsWith("Between reports — likely");
    }

    @Test
    void replayPansTheMapToKeepTheMarkerInView() {
        // zoomed in on Pyongyang: the train leaves the view soon after it sets off
        browser.openAndWait(url("/?track=" + demoTrackId() + "&zoom=8&center=39.03,125.75&t=2023-09-10T06:00:00Z"));
        browser.waitUntilSettled();
        String before = map().getAttribute("data-center");
        new Select(browser.driver.findElement(By.id("speed"))).selectByValue("24");
        browser.driver.findElement(By.id("play")).click();
        browser.waitUpTo(30).until(d -> "Play".equals(d.findElement(By.id("play")).getText())); // played to the end
        assertThat(map().getAttribute("data-center")).as("the map followed the marker").isNotEqualTo(before);
        Rectangle m = map().getRect();
        Rectangle marker = browser.driver.findElement(By.cssSelector(".position-marker")).getRect();
        int cx = marker.getX() + marker.getWidth() / 2;
        int cy = marker.getY() + marker.getHeight() / 2;
        assertThat(cx).isBetween(m.getX(), m.getX() + m.getWidth());
        assertThat(cy).isBetween(m.getY(), m.getY() + m.getHeight());
        // and no control of ours covers it
        for (WebElement control : browser.all(".leaflet-control")) {
            Rectangle c = control.getRect();
            boolean under = cx >= c.getX() && cx <= c.getX() + c.getWidth() && cy >= c.getY() && cy <= c.getY() + c.getHeight();
            assertThat(under).as("marker under %s", control.getAttribute("class")).isFalse();
        }
        assertNoConsoleErrors(browser);
    }

    @Test
    void fitToTrackGoesBackToTheWholeTrack() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        String fitted = map().getAttribute("data-zoom");
        browser.openAndWait(url("/?track=" + demoTrackId() + "&zoom=11&center=43.1,131.9"));
        browser.waitUntilSettled();
        browser.driver.findElement(By.id("fit-track")).click();
        browser.waitUpTo(10).until(d -> fitted.equals(d.findElement(By.id("map")).getAttribute("data-zoom")));
        assertNoConsoleErrors(browser);
    }

    /** A track of 50 sightings along the demo route, a report every 2 hours, with two impossible jumps. */
    private long fiftySightingTrack() {
        long id = api.createTrack("Fifty reports");
        double[][] route = {{39.034, 125.754}, {39.918, 127.536}, {40.664, 129.195}, {41.796, 129.776},
            {42.424, 130.645}, {43.797, 131.952}, {43.116, 131.882}};
        for (int i = 0; i < 50; i++) {
            double f = i / 49.0 * (route.length - 1);
            int k = Math.min((int) f, route.length - 2);
            double u = f - k;
            double lat = route[k][0] + (route[k + 1][0] - route[k][0]) * u;
            double lon = route[k][1] + (route[k + 1][1] - route[k][1]) * u;
            if (i == 20 || i == 35) {
                lat += 1.5; // far off: an implausible leg each side
            }
            Map<String, String> s = new HashMap<>();
            s.put("observedAt", java.time.Instant.parse("2023-09-10T06:00:00Z").plusSeconds(i * 7200L).toString());
            s.put("lat", String.format(java.util.Locale.ROOT, "%.5f", lat));
            s.put("lon", String.format(java.util.Locale.ROOT, "%.5f", lon));
            s.put("source", "wire " + i);
            api.addSighting(id, s);
        }
        return id;
    }

    private void assertNoLabelCollisions(String what) {
        browser.waitUpTo(15).until(d -> d.findElement(By.id("map")).getAttribute("data-labels-zoom") != null);
        Map<String, Object> check = EditorPages.labelCheck(browser);
        System.out.printf("[issue-25] labels on %s: %s drawn, %d overlapping pairs, %d leaving the map%n", what,
                check.get("labels"), EditorPages.list(check.get("overlaps")).size(),
                EditorPages.list(check.get("outside")).size());
        assertThat(EditorPages.list(check.get("overlaps"))).as("overlapping labels on %s", what).isEmpty();
        assertThat(EditorPages.list(check.get("outside"))).as("labels leaving the map on %s", what).isEmpty();
    }

    @Test
    void labelsNeverCollideNorLeaveTheMapOnBothDemoTracksAndAFiftySightingTrack() {
        long fifty = fiftySightingTrack();
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            try {
                browser.resizeViewport(size[0], size[1]);
                String at = size[0] + "x" + size[1];
                for (var track : api.get("/api/tracks")) {
                    long id = track.get("id").asLong();
                    browser.openAndWait(url("/?track=" + id));
                    browser.waitUntilSettled();
                    assertNoLabelCollisions(track.get("name").asText() + " at " + at);
                    if (id == fifty) {
                        EditorPages.screenshot(browser, "fifty-sightings-" + at);
                        assertThat(browser.all(".leg-mark")).as("a mark on each flagged leg").hasSizeGreaterThanOrEqualTo(2);
                        assertThat(browser.all("#legs-body tr.flag-reason")).isNotEmpty();
                        assertThat(browser.driver.findElement(By.id("flag-status")).getText()).contains("flagged");
                    }
                }
            } finally {
                browser.resizeViewport(1280, 800);
            }
        }
        assertNoConsoleErrors(browser);
    }

    @Test
    void aLegsFiguresShowWhenItsRowHasFocus() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        browser.waitUntilSettled();
        assertThat(browser.all("#map .leaflet-tooltip.leg-tooltip")).as("no permanent leg labels").isEmpty();
        WebElement row = browser.driver.findElement(By.cssSelector("#legs-body tr[data-feature-type=leg]"));
        browser.js("arguments[0].focus();", row);
        WebElement tip = browser.waitFor(By.cssSelector("#map .leaflet-tooltip.leg-tooltip"));
        assertThat(tip.getText()).contains("km").contains("by rail");
        assertNoConsoleErrors(browser);
    }
}
