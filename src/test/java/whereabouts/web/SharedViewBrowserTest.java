package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

/** Shareable views (URL, data-zoom/data-center, Copy link), the layer control's place, and the print stylesheet. */
class SharedViewBrowserTest extends BrowserTestBase {

    private WebElement map() {
        return browser.driver.findElement(By.id("map"));
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private WebElement railCheckbox() {
        return browser.driver.findElement(By.xpath(
                "//label[contains(., 'Rail network')]//input[@type='checkbox']"));
    }

    private record View(String track, String zoom, double lat, double lon, String clock, String names, boolean rail) {
    }

    private View view() {
        String[] c = map().getAttribute("data-center").split(",");
        return new View(browser.driver.findElement(By.id("track-select")).getAttribute("value"),
                map().getAttribute("data-zoom"), Double.parseDouble(c[0]), Double.parseDouble(c[1]),
                text("clock-utc"),
                new Select(browser.driver.findElement(By.id("label-script"))).getFirstSelectedOption().getAttribute("value"),
                railCheckbox().isSelected());
    }

    @Test
    void aCopiedLinkReproducesTrackTimeCentreZoomAndLayers() {
        long russia = api.get("/api/tracks").get(1).get("id").asLong();
        browser.openAndWait(url("/?track=" + russia));
        String zoom = map().getAttribute("data-zoom");
        assertThat(map().getAttribute("data-center")).matches("-?\\d+\\.\\d{5},-?\\d+\\.\\d{5}");

        // the user zooms in, pans, turns the rail network on, picks Russian names and steps to a sighting
        browser.driver.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
        browser.waitUpTo(5).until(d -> !zoom.equals(map().getAttribute("data-zoom")));
        String centre = map().getAttribute("data-center");
        map().sendKeys(Keys.ARROW_RIGHT);
        browser.waitUpTo(5).until(d -> !centre.equals(map().getAttribute("data-center")));
        browser.openLayerBox(); // folded by default (issue #25)
        railCheckbox().click();
        new Select(browser.driver.findElement(By.id("label-script"))).selectByValue("ru");
        WebElement slider = browser.driver.findElement(By.id("time-slider"));
        slider.sendKeys(Keys.HOME);
        browser.driver.findElement(By.id("next")).click();
        browser.driver.findElement(By.id("next")).click();
        browser.waitUpTo(5).until(d -> !text("clock-utc").equals("—"));
        View before = view();
        assertThat(before.rail()).isTrue();

        browser.driver.findElement(By.id("copy-link")).click();
        String link = browser.waitUpTo(5).until(d -> d.findElement(By.id("copy-link")).getAttribute("data-link"));
        assertThat(text("share-status")).isNotBlank();
        assertThat(link).startsWith(server.url() + "/?track=" + russia + "&zoom=" + before.zoom() + "&center=")
                .contains("&layers=labels,rail", "&names=ru", "&base=offline", "&t=");

        browser.driver.get("about:blank");
        browser.openAndWait(link);
        browser.waitUpTo(10).until(d -> "ru".equals(map().getAttribute("data-label-script")));
        View after = view();
        assertThat(after.track()).isEqualTo(before.track());
        assertThat(after.zoom()).isEqualTo(before.zoom());
        assertThat(after.lat()).isCloseTo(before.lat(), within(1e-4));
        assertThat(after.lon()).isCloseTo(before.lon(), within(1e-4));
        assertThat(after.clock()).isEqualTo(before.clock());
        assertThat(after.names()).isEqualTo("ru");
        assertThat(after.rail()).isTrue();
        assertNoConsoleErrors(browser);
    }

    /** Web Mercator pixel x, y of a point at a zoom (256-pixel tiles), as Leaflet projects it. */
    private static double[] pixel(double lat, double lon, int zoom) {
        double scale = 256 * Math.pow(2, zoom);
        double sin = Math.sin(Math.toRadians(lat));
        return new double[] {scale * (lon + 180) / 360, scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))};
    }

    @Test
    void theLayerControlLeavesTheTrackFreeAndIsFoldedAtEverySize() {
        for (JsonNode track : api.get("/api/tracks")) {
            long id = track.get("id").asLong();
            browser.openAndWait(url("/?track=" + id));
            int zoom = Integer.parseInt(map().getAttribute("data-zoom"));
            String[] c = map().getAttribute("data-center").split(",");
            double[] centre = pixel(Double.parseDouble(c[0]), Double.parseDouble(c[1]), zoom);
            Rectangle box = map().getRect();
            Rectangle control = browser.driver.findElement(By.cssSelector(".leaflet-control-layers")).getRect();
            // issue #25: folded by default at every size (expanded, it lay over Khasan–Vladivostok)
            assertThat(control.getWidth()).as("folded on desktop").isLessThan(60);
            List<double[]> points = new ArrayList<>();
            api.get("/api/tracks/" + id + "/path").get("features").forEach(f -> f.get("geometry").get("coordinates")
                    .forEach(p -> points.add(new double[] {p.get(1).asDouble(), p.get(0).asDouble()})));
            api.get("/api/tracks/" + id + "/sightings").forEach(s -> points.add(new double[] {s.get("lat").asDouble(), s.get("lon").asDouble()}));
            for (double[] p : points) {
                double[] px = pixel(p[0], p[1], zoom);
                double x = box.getX() + box.getWidth() / 2.0 + px[0] - centre[0];
                double y = box.getY() + box.getHeight() / 2.0 + px[1] - centre[1];
                boolean under = x >= control.getX() && x <= control.getX() + control.getWidth()
                        && y >= control.getY() && y <= control.getY() + control.getHeight();
                assertThat(under).as("track %d point %s,%s at (%.0f, %.0f) under the layer control %s", id, p[0], p[1],
                        x, y, control).isFalse();
            }
        }
        try {
            browser.resizeViewport(390, 844);
            browser.openAndWait(url("/?track=" + demoTrackId()));
            WebElement control = browser.driver.findElement(By.cssSelector(".leaflet-control-layers"));
            assertThat(control.getAttribute("class")).doesNotContain("leaflet-control-layers-expanded");
            assertThat(control.getRect().getWidth()).isLessThan(60);
            assertNoConsoleErrors(browser);
        } finally {
            browser.resizeViewport(1280, 800);
        }
    }

    @Test
    void thePrintStylesheetGivesOneA4LandscapePageWithMapLegendAndSources() throws IOException {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        assertThat(browser.js("return [...document.styleSheets].flatMap((s) => [...s.cssRules])"
                + ".filter((r) => r instanceof CSSPageRule).map((r) => r.style.getPropertyValue('size')).join()"))
                .isEqualTo("a4 landscape");
        assertThat(browser.driver.findElement(By.id("print-sources-list")).isDisplayed()).isFalse();
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.driver.findElement(By.id("sighting-form")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("copy-link")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("time-slider")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.cssSelector(".legend")).isDisplayed()).isTrue();
            assertThat(map().isDisplayed()).isTrue();
            List<WebElement> sources = browser.all("#print-sources-list li");
            assertThat(sources).hasSize(3);
            assertThat(sources.get(0).getText()).contains("Pyongyang", "KCNA");
            // what the browser does before printing: the map takes its print size
            browser.asyncJs("const done = arguments[arguments.length - 1]; window.dispatchEvent(new Event('beforeprint'));"
                    + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
            Path dir = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve("print-preview.png"), browser.screenshot());
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        PrintOptions a4 = new PrintOptions();
        a4.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        a4.setPageSize(new PageSize(21.0, 29.7));
        a4.setPageMargin(new org.openqa.selenium.print.PageMargin(0, 0, 0, 0)); // the stylesheet's @page margins apply
        Pdf pdf = browser.driver.print(a4);
        byte[] printed = Base64.getDecoder().decode(pdf.getContent());
        Path out = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        Files.write(out.resolve("print.pdf"), printed); // the printed page itself, to look at when this fails
        String raw = new String(printed, StandardCharsets.ISO_8859_1);
        Matcher count = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw);
        int pages = 0;
        while (count.find()) {
            pages++;
        }
        assertThat(pages).as("printed pages").isEqualTo(1);
        assertNoConsoleErrors(browser);
    }
}
