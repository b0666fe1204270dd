package whereabouts.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sighting form and the sightings list of the map page, as the browser tests drive them. */
final class SightingFormPage {
    private final Browser browser;

    SightingFormPage(Browser browser) {
        this.browser = browser;
    }

    WebElement field(String name) {
        return browser.driver.findElement(By.cssSelector("#sighting-form [name='" + name + "']"));
    }

    /** Types into fields by API name: fill("observedAt", "2023-09-12T06:00+10:00", "source", "TBS"). */
    void fill(String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            WebElement input = field(namesAndValues[i]);
            input.clear();
            input.sendKeys(namesAndValues[i + 1]);
        }
    }

    void submit() {
        browser.driver.findElement(By.cssSelector("#sighting-form button[type=submit]")).click();
    }

    /** Visible error texts of the form (next to fields or for the whole form). */
    List<String> errors() {
        return browser.all("#sighting-form [role=alert]").stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    List<WebElement> listItems() {
        return browser.all("#sighting-list li[data-sighting-id]");
    }
}
