package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The sighting form, the list and live updates, in a real browser against the real server. */
class SightingFormBrowserTest extends BrowserTestBase {
    private SightingFormPage form;

    @BeforeEach
    void formPage() {
        form = new SightingFormPage(browser);
    }

    @Test
    void addingASightingWithAPlaceAndClickedCoordinatesDrawsItWithoutReload() {
        long track = api.createTwoPointTrack("form: place + clicked coordinates");
        browser.openAndWait(url("/?track=" + track));
        markPageInstance();

        form.fill("observedAt", "2023-09-12T14:00+10:00", "place", "Ussuriysk");
        WebElement map = browser.driver.findElement(By.id("map"));
        new Actions(browser.driver).moveToElement(map, -120, -120).click().perform();
        assertThat(form.field("lat").getAttribute("value")).matches("-?\\d+\\.\\d{5}");
        assertThat(form.field("lon").getAttribute("value")).matches("-?\\d+\\.\\d{5}");
        form.fill("source", "RIA Novosti");
        form.submit();
        // issue #25: the clicked point is far from Ussuriysk: the editor is told before the save, then saves anyway
        browser.waitFor(By.cssSelector("#sighting-form [data-warning-for=place] .warning[data-code=place_coordinates_mismatch]"));
        browser.waitUpTo(5).until(d -> "Save anyway".equals(d.findElement(By.cssSelector("#sighting-form button[type=submit]")).getText()));
        assertThat(form.listItems()).hasSize(2);
        form.submit();

        browser.waitUpTo(10).until(d -> form.listItems().size() == 3);
        assertThat(form.listItems().get(2).getText()).contains("Ussuriysk").contains("RIA Novosti");
        assertThat(map.getAttribute("data-sighting-markers")).isEqualTo("3");
        assertThat(map.getAttribute("data-path-legs")).isEqualTo("2");
        assertThat(browser.driver.findElement(By.cssSelector("[data-role=status]")).getText()).contains("added");
        assertThat(form.field("place").getAttribute("value")).as("form reset after success").isEmpty();
        assertSamePageInstance();
        assertNoConsoleErrors(browser);
    }

    @Test
    void anUnreadableTimeIsAnsweredNextToTheFieldQuotingWhatWasTyped() {
        // issue #25: "2023-09-12T06:00" (no offset) is now local time at the place; an unreadable time is the error
        long track = api.createTwoPointTrack("form: unreadable time");
        browser.openAndWait(url("/?track=" + track));

        form.fill("observedAt", "12/09/2023 06:00", "lat", "42.42", "lon", "130.65", "source", "TBS");
        form.submit();

        WebElement error = browser.waitFor(By.id("e-observedAt"));
        assertThat(error.getText()).startsWith("“12/09/2023 06:00” is not a time that can be read.");
        assertThat(api.rejection("/api/tracks/" + track + "/sightings", Map.of(
                "observedAt", "12/09/2023 06:00", "lat", "42.42", "lon", "130.65", "source", "TBS"))
                .get("field").asText()).isEqualTo("observedAt");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        WebElement input = form.field("observedAt");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).contains("e-observedAt");
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(input);
        assertThat(form.listItems()).hasSize(2);
        // the one console error is Chromium's own log line for the 400 this test provokes (the dry run's)
        assertThat(consoleErrors(browser)).singleElement().asString().matches(".*/api/tracks/" + track
                + "/sightings(\\?dryRun=true)? - Failed to load resource: the server responded with a status of 400 \\(Bad Request\\)");
    }

    @Test
    void markupInNotesIsShownAsTextAndRunsNothing() {
        String evil = "<img src=x onerror=alert(1)>";
        long track = api.createTwoPointTrack("form: markup in notes");
        browser.openAndWait(url("/?track=" + track));

        form.fill("observedAt", "2023-09-12T15:00+10:00",
                "lat", "43.8",
                "lon", "131.95",
                "place", "<b>Ussuriysk</b>",
                "source", "<script>alert(2)</script>",
                "sourceUrl", "https://example.org/report",
                "notes", evil);
        form.submit();
        browser.waitUpTo(10).until(d -> form.listItems().size() == 3);

        WebElement item = form.listItems().get(2);
        assertThat(item.findElement(By.cssSelector(".item-notes")).getText()).isEqualTo(evil);
        browser.click(item.findElement(By.xpath(".//button[text()='Show']")));
        // the popup fades in while the map pans to it (and a live update may redraw it): read it once it is shown
        // issue #25: the heading names the place in "Names in"; what was typed is shown as typed (heading or "Typed as")
        browser.waitUpTo(5).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.cssSelector(".leaflet-popup .sighting-popup")).getText().contains("<b>Ussuriysk</b>"));
        WebElement popup = browser.waitFor(By.cssSelector(".leaflet-popup .sighting-popup"));
        assertThat(popup.findElement(By.cssSelector(".notes")).getText()).isEqualTo(evil);
        assertThat(popup.getText()).contains("<b>Ussuriysk</b>");
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
        browser.click(form.listItems().get(0).findElement(By.xpath(".//button[text()='Show']")));
        WebElement popup = browser.waitFor(By.cssSelector(".leaflet-popup .sighting-popup"));
        assertThat(popup.getText()).contains("KCNA").contains("UTC").contains("confirmed");
        assertThat(popup.findElements(By.tagName("a"))).isEmpty();
    }

    @Test
    void editingDeletingAndHistoryOfASighting() {
        long track = api.createTwoPointTrack("list: edit, delete, history");
        browser.openAndWait(url("/?track=" + track));

        browser.click(form.listItems().get(1).findElement(By.xpath(".//button[text()='Edit']")));
        assertThat(form.field("place").getAttribute("value")).isEqualTo("Khasan");
        assertThat(form.field("observedAt").getAttribute("value")).isEqualTo("2023-09-12T06:00+10:00");
        assertThat(browser.driver.findElement(By.id("form-title")).getText()).startsWith("Edit sighting #");
        form.fill("notes", "Arrival confirmed by a second source");
        new Select(form.field("confidence")).selectByValue("confirmed");
        form.submit();
        browser.waitUpTo(10).until(d -> form.listItems().size() == 2
                && form.listItems().get(1).getText().contains("Arrival confirmed by a second source"));
        assertThat(form.listItems().get(1).findElement(By.cssSelector(".badge")).getText()).isEqualTo("confirmed");
        assertThat(browser.driver.findElement(By.id("form-title")).getText()).startsWith("Add a sighting"); // + " to <track>" (#25)

        browser.click(form.listItems().get(1).findElement(By.xpath(".//button[text()='History']")));
        WebElement dialog = browser.waitFor(By.id("history-dialog"));
        browser.waitUpTo(10).until(d -> dialog.findElements(By.cssSelector("li[data-revision]")).size() == 2);
        List<WebElement> revisions = dialog.findElements(By.cssSelector("li[data-revision]"));
        assertThat(revisions.get(0).findElement(By.tagName("h3")).getText()).startsWith("Revision 1: created");
        assertThat(revisions.get(1).findElement(By.tagName("h3")).getText()).startsWith("Revision 2: updated");
        assertThat(revisions.get(0).getText()).contains("reported").doesNotContain("second source");
        assertThat(revisions.get(1).getText()).contains("confirmed").contains("second source");
        dialog.findElement(By.cssSelector("[data-role=close]")).click();
        browser.waitUpTo(5).until(d -> !dialog.isDisplayed());

        browser.click(form.listItems().get(0).findElement(By.xpath(".//button[text()='Delete']")));
        browser.click(form.listItems().get(0).findElement(By.xpath(".//button[text()='Keep']")));
        assertThat(form.listItems()).hasSize(2);
        browser.click(form.listItems().get(0).findElement(By.xpath(".//button[text()='Delete']")));
        browser.click(form.listItems().get(0).findElement(By.xpath(".//button[text()='Yes, delete']")));
        browser.waitUpTo(10).until(d -> form.listItems().size() == 1);
        assertThat(form.listItems().get(0).getText()).contains("Khasan");
        assertThat(browser.driver.findElement(By.id("map")).getAttribute("data-sighting-markers")).isEqualTo("1");
        assertThat(api.get("/api/tracks/" + track + "/sightings")).hasSize(1);
        assertNoConsoleErrors(browser);
    }

    @Test
    void aSecondWindowReceivesNewSightingsLive() {
        long track = api.createTwoPointTrack("live updates");
        browser.openAndWait(url("/?track=" + track));
        try (Browser second = Browser.open(1280, 800)) {
            second.openAndWait(url("/?track=" + track));
            second.js("window.__noReloadMarker = 7;");
            second.waitUpTo(10).until(d -> "live".equals(d.findElement(By.id("live-status")).getAttribute("data-status")));

            // posted through the API by someone else
            api.addSighting(track, sightingAt("2023-09-12T12:00+10:00", "43.7972", "131.9518", "Ussuriysk"));
            second.waitUpTo(10).until(d -> d.findElements(By.cssSelector("#sighting-list li[data-sighting-id]")).size() == 3);
            assertThat(second.driver.findElement(By.id("map")).getAttribute("data-sighting-markers")).isEqualTo("3");

            // posted through the first window's form
            browser.waitUpTo(10).until(d -> form.listItems().size() == 3);
            form.fill("observedAt", "2023-09-12T18:00+10:00",
                    "place", "Artyom",
                    "lat", "43.35",
                    "lon", "132.19",
                    "source", "Interfax");
            form.submit();
            second.waitUpTo(10).until(d -> d.findElements(By.cssSelector("#sighting-list li[data-sighting-id]")).size() == 4);
            // issue #25: the row names the place as "Names in" spells it (Artëm), or as typed where it is not at it
            assertThat(second.all("#sighting-list li[data-sighting-id]").get(3).getText()).containsAnyOf("Artëm", "Artyom");
            assertThat(second.js("return window.__noReloadMarker;")).as("no reload").isEqualTo(7L);
            assertNoConsoleErrors(second);
        }
        assertNoConsoleErrors(browser);
    }

    @Test
    void eightTabsOfOneBrowserAllLoadAndStayLive() {
        // over HTTP/1.1 a browser keeps six connections per server: one event stream per tab would leave the
        // seventh tab unable to load anything; the tabs share one stream instead
        long track = api.createTwoPointTrack("many tabs");
        String first = browser.driver.getWindowHandle();
        List<String> tabs = new ArrayList<>(List.of(first));
        try {
            browser.openAndWait(url("/?track=" + track));
            for (int i = 1; i < 8; i++) {
                browser.driver.switchTo().newWindow(WindowType.TAB);
                tabs.add(browser.driver.getWindowHandle());
                browser.openAndWait(url("/?track=" + track));
                browser.waitUpTo(10).until(d -> "live".equals(d.findElement(By.id("live-status")).getAttribute("data-status")));
            }

            api.addSighting(track, sightingAt("2023-09-12T12:00+10:00", "43.7972", "131.9518", "Ussuriysk"));
            for (String tab : tabs) {
                browser.driver.switchTo().window(tab);
                browser.waitUpTo(10).withMessage("tab " + tabs.indexOf(tab) + " got the new sighting")
                        .until(d -> d.findElements(By.cssSelector("#sighting-list li[data-sighting-id]")).size() == 3);
            }
            assertNoConsoleErrors(browser);

            // the first tab (which opened the shared stream) leaves the page: another tab takes the stream over
            browser.driver.switchTo().window(first);
            browser.driver.get("about:blank");
            api.addSighting(track, sightingAt("2023-09-12T18:00+10:00", "43.35", "132.19", "Artyom"));
            for (String tab : tabs.subList(1, tabs.size())) {
                browser.driver.switchTo().window(tab);
                browser.waitUpTo(10).withMessage("tab " + tabs.indexOf(tab) + " got the sighting after the handover")
                        .until(d -> d.findElements(By.cssSelector("#sighting-list li[data-sighting-id]")).size() == 4);
            }
            assertNoConsoleErrors(browser);
        } finally {
            for (String tab : tabs.subList(1, tabs.size())) {
                browser.driver.switchTo().window(tab).close();
            }
            browser.driver.switchTo().window(first);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

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
