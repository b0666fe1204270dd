package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The sighting form, the list and live updates, in a real browser against the real server. */
class SightingFormBrowserTest extends BrowserTestBase {

    @Test
    void addingASightingWithAPlaceAndClickedCoordinatesDrawsItWithoutReload() {
        long track = api.createTwoPointTrack("form: place + clicked coordinates");
        browser.openAndWait(url("/?track=" + track));
        markPageInstance();

        type("observedAt", "2023-09-12T14:00+10:00");
        type("place", "Ussuriysk");
        WebElement map = browser.driver.findElement(By.id("map"));
        new Actions(browser.driver).moveToElement(map, -120, -120).click().perform();
        assertThat(field("lat").getAttribute("value")).matches("-?\\d+\\.\\d{5}");
        assertThat(field("lon").getAttribute("value")).matches("-?\\d+\\.\\d{5}");
        type("source", "RIA Novosti");
        submit();

        browser.waitUpTo(10).until(d -> listItems().size() == 3);
        assertThat(listItems().get(2).getText()).contains("Ussuriysk").contains("RIA Novosti");
        assertThat(map.getAttribute("data-sighting-markers")).isEqualTo("3");
        assertThat(map.getAttribute("data-path-legs")).isEqualTo("2");
        assertThat(browser.driver.findElement(By.cssSelector("[data-role=status]")).getText()).contains("added");
        assertThat(field("place").getAttribute("value")).as("form reset after success").isEmpty();
        assertSamePageInstance();
        assertNoConsoleErrors(browser);
    }

    @Test
    void aDateWithoutOffsetShowsTheServersMessageNextToTheField() {
        long track = api.createTwoPointTrack("form: no offset");
        browser.openAndWait(url("/?track=" + track));

        type("observedAt", "2023-09-12T06:00");
        type("lat", "42.42");
        type("lon", "130.65");
        type("source", "TBS");
        submit();

        WebElement error = browser.waitFor(By.id("e-observedAt"));
        assertThat(error.getText()).isEqualTo("observedAt '2023-09-12T06:00' has no UTC offset: the offset is "
                + "required, e.g. 2023-09-12T06:00+09:00 or 2023-09-12T06:00Z.");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        WebElement input = field("observedAt");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).contains("e-observedAt");
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(input);
        assertThat(listItems()).hasSize(2);
        // the one console error is Chromium's own log line for the 400 this test provokes
        assertThat(consoleErrors(browser)).singleElement().asString().endsWith("/api/tracks/" + track
                + "/sightings - Failed to load resource: the server responded with a status of 400 (Bad Request)");
    }

    @Test
    void markupInNotesIsShownAsTextAndRunsNothing() {
        String evil = "<img src=x onerror=alert(1)>";
        long track = api.createTwoPointTrack("form: markup in notes");
        browser.openAndWait(url("/?track=" + track));

        type("observedAt", "2023-09-12T15:00+10:00");
        type("lat", "43.8");
        type("lon", "131.95");
        type("place", "<b>Ussuriysk</b>");
        type("source", "<script>alert(2)</script>");
        type("sourceUrl", "https://example.org/report");
        type("notes", evil);
        submit();
        browser.waitUpTo(10).until(d -> listItems().size() == 3);

        WebElement item = listItems().get(2);
        assertThat(item.findElement(By.cssSelector(".item-notes")).getText()).isEqualTo(evil);
        item.findElement(By.xpath(".//button[text()='Show']")).click();
        WebElement popup = browser.waitFor(By.cssSelector(".leaflet-popup .sighting-popup"));
        assertThat(popup.findElement(By.cssSelector(".notes")).getText()).isEqualTo(evil);
        assertThat(popup.findElement(By.tagName("h3")).getText()).isEqualTo("<b>Ussuriysk</b>");
        WebElement link = popup.findElement(By.linkText("<script>alert(2)</script>"));
        assertThat(link.getAttribute("href")).isEqualTo("https://example.org/report");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");

        assertThat(browser.all("img[src='x'], #sighting-list img, .leaflet-popup img, b, script:not([src])")).isEmpty();
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.requestedUrls()).noneMatch(u -> u.endsWith("/x"));
        assertNoConsoleErrors(browser);
    }

    @Test
    void aSourceUrlThatIsNotHttpIsNotALink() {
        long track = api.createTwoPointTrack("popup: no javascript: links");
        browser.openAndWait(url("/?track=" + track));
        listItems().get(0).findElement(By.xpath(".//button[text()='Show']")).click();
        WebElement popup = browser.waitFor(By.cssSelector(".leaflet-popup .sighting-popup"));
        assertThat(popup.getText()).contains("KCNA").contains("UTC").contains("confirmed");
        assertThat(popup.findElements(By.tagName("a"))).isEmpty();
    }

    // --- helpers ----------------------------------------------------------------------------------------

    WebElement field(String name) {
        return browser.driver.findElement(By.cssSelector("#sighting-form [name='" + name + "']"));
    }

    void type(String name, String text) {
        WebElement input = field(name);
        input.clear();
        input.sendKeys(text);
    }

    void submit() {
        browser.driver.findElement(By.cssSelector("#sighting-form button[type=submit]")).click();
    }

    List<WebElement> listItems() {
        return browser.all("#sighting-list li[data-sighting-id]");
    }

    /** A marker on `window` that a reload would lose. */
    void markPageInstance() {
        browser.js("window.__noReloadMarker = 42;");
    }

    void assertSamePageInstance() {
        assertThat(browser.js("return window.__noReloadMarker;")).as("page was not reloaded").isEqualTo(42L);
    }

    static Map<String, String> sightingAt(String observedAt, String lat, String lon, String place) {
        return Map.of("observedAt", observedAt, "lat", lat, "lon", lon, "place", place, "source", "test",
                "confidence", "unverified");
    }
}
