package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Adding a sighting by place name only, the place autocomplete, and picking from a 422's candidates. */
class PlaceOnlyFormBrowserTest extends BrowserTestBase {
    private SightingFormPage form;

    @BeforeEach
    void formPage() {
        form = new SightingFormPage(browser);
    }

    @Test
    void addingASightingByPlaceNameOnlyDrawsIt() {
        long track = api.createTwoPointTrack("place name only");
        browser.openAndWait(url("/?track=" + track));

        form.fill("observedAt", "2023-09-12T14:00+10:00", "place", "Ussuriysk", "source", "RIA Novosti");
        form.field("source").click(); // closes any suggestion list without picking
        assertThat(form.field("lat").getAttribute("value")).isEmpty();
        assertThat(form.field("lon").getAttribute("value")).isEmpty();
        form.submit();

        browser.waitUpTo(10).until(d -> form.listItems().size() == 3 || !form.errors().isEmpty());
        assertThat(form.errors()).as("errors shown by the form").isEmpty();
        assertThat(form.listItems()).hasSize(3);
        assertThat(form.listItems().get(2).getText()).contains("Ussuriysk");
        WebElement map = browser.driver.findElement(By.id("map"));
        assertThat(map.getAttribute("data-sighting-markers")).isEqualTo("3");
        assertThat(map.getAttribute("data-path-legs")).isEqualTo("2");
        var stored = api.get("/api/tracks/" + track + "/sightings").get(2);
        assertThat(stored.get("lat").asDouble()).isBetween(43.7, 43.9);
        assertThat(stored.get("lon").asDouble()).isBetween(131.8, 132.1);
        assertNoConsoleErrors(browser);
    }

    @Test
    void aMisspelledPlaceOffersItsCandidatesAndPickingOneSavesTheSighting() {
        long track = api.createTwoPointTrack("did you mean");
        browser.openAndWait(url("/?track=" + track));

        form.fill("observedAt", "2023-09-14T06:00+10:00", "place", "Khabarovks", "source", "Sputnik");
        form.field("source").click(); // closes any suggestion list without picking
        form.submit();

        WebElement error = browser.waitFor(By.id("e-place"));
        assertThat(error.getText()).contains("Did you mean Khabarovsk");
        List<WebElement> candidates = browser.all("button.candidate");
        assertThat(candidates).isNotEmpty();
        assertThat(candidates.get(0).getText()).startsWith("Khabarovsk, RU");
        candidates.get(0).click();
        form.submit();

        browser.waitUpTo(10).until(d -> form.listItems().size() == 3);
        var stored = api.get("/api/tracks/" + track + "/sightings").get(2);
        assertThat(stored.get("resolvedName").asText()).isEqualTo("Khabarovsk");
        assertThat(stored.get("lat").asDouble()).isBetween(48.4, 48.5);
        // the one console error is Chromium's own log line for the 422 this test provokes (since #25 it answers
        // the dry run the form sends before saving)
        assertThat(consoleErrors(browser)).singleElement().asString().matches(".*/api/tracks/" + track
                + "/sightings(\\?dryRun=true)? - Failed to load resource: the server responded with a status of 422"
                + " \\(Unprocessable Entity\\)");
    }

    @Test
    void theAutocompleteOffersPlacesAndIsKeyboardOperable() {
        long track = api.createTwoPointTrack("autocomplete");
        browser.openAndWait(url("/?track=" + track));

        WebElement place = form.field("place");
        place.sendKeys("Khasa");
        WebElement options = browser.driver.findElement(By.id("place-options"));
        // each keystroke may redraw the list: wait for the answer to the whole word, not the first list shown
        browser.waitUpTo(5).until(d -> options.isDisplayed() && options.findElements(By.cssSelector("[role=option]"))
                .stream().findFirst().map(o -> o.getText().startsWith("Khasan")).orElse(false));
        assertThat(place.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(options.getAttribute("role")).isEqualTo("listbox");
        List<WebElement> items = options.findElements(By.cssSelector("[role=option]"));
        assertThat(items).isNotEmpty();
        assertThat(items.get(0).getText()).startsWith("Khasan");
        place.sendKeys(Keys.ARROW_DOWN);
        assertThat(place.getAttribute("aria-activedescendant")).isEqualTo(items.get(0).getAttribute("id"));
        place.sendKeys(Keys.ENTER);

        assertThat(place.getAttribute("value")).isEqualTo("Khasan");
        assertThat(Double.parseDouble(form.field("lat").getAttribute("value"))).isBetween(42.3, 42.5);
        assertThat(Double.parseDouble(form.field("lon").getAttribute("value"))).isBetween(130.5, 130.8);
        assertThat(place.getAttribute("aria-expanded")).isEqualTo("false");
        assertNoConsoleErrors(browser);
    }
}
