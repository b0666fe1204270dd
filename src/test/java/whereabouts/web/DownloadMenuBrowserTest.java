package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The download menu: a link per format, estimated positions on request, and every link downloads. */
class DownloadMenuBrowserTest extends BrowserTestBase {

    @Test
    void theMenuOffersEveryFormatAndEachLinkDownloads() {
        long track = demoTrackId();
        browser.openAndWait(url("/?track=" + track));
        WebElement menu = browser.driver.findElement(By.id("download-menu"));
        assertThat(menu.getAttribute("open")).isNull();
        menu.findElement(By.tagName("summary")).click();
        browser.waitFor(By.cssSelector("#download-menu a[data-format='gpx']"));

        List<WebElement> links = browser.all("#download-menu a[data-format]");
        assertThat(links).extracting(a -> a.getAttribute("data-format"))
                .containsExactly("geojson", "gpx", "kml", "csv", "gpkg", "mfjson");
        assertThat(links).extracting(a -> a.getAttribute("download")).containsExactly("track-" + track + ".geojson",
                "track-" + track + ".gpx", "track-" + track + ".kml", "track-" + track + ".csv",
                "track-" + track + ".gpkg", "track-" + track + ".mf.json");

        new Select(browser.driver.findElement(By.id("download-sample"))).selectByValue("PT1H");
        browser.waitUpTo(5).until(d -> d.findElement(By.cssSelector("#download-menu a[data-format='kml']"))
                .getAttribute("href").endsWith("/api/tracks/" + track + "/export?format=kml&sample=PT1H"));
        assertThat(browser.driver.findElement(By.id("download")).getAttribute("href")).endsWith("&sample=PT1H");

        Map<String, String> types = Map.of("geojson", "application/geo+json", "gpx", "application/gpx+xml",
                "kml", "application/vnd.google-earth.kml+xml", "csv", "text/csv",
                "gpkg", "application/geopackage+sqlite3", "mfjson", "application/json");
        for (WebElement a : browser.all("#download-menu a[data-format]")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> res = (Map<String, Object>) browser.asyncJs(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(async (r) => done({ status: r.status,"
                    + " type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),"
                    + " size: (await r.arrayBuffer()).byteLength })).catch((e) => done({ error: String(e) }));",
                    a.getAttribute("href"));
            String format = a.getAttribute("data-format");
            assertThat(res.get("status")).as(format + " " + res.get("error")).isEqualTo(200L);
            assertThat((String) res.get("type")).as(format).startsWith(types.get(format));
            assertThat((String) res.get("disposition")).as(format).startsWith("attachment");
            assertThat(((Number) res.get("size")).longValue()).as(format).isGreaterThan(200);
        }

        browser.all("#download-menu a[data-format]").get(1).click(); // choosing a format closes the menu
        browser.waitUpTo(5).until(d -> d.findElement(By.id("download-menu")).getAttribute("open") == null);
        assertNoConsoleErrors(browser);
    }
}
