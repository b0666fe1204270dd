package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Paste a report": the seed article becomes three drafts, each accepted into the form, saved, and on the map. */
class ExtractBrowserTest extends BrowserTestBase {
    static String seedArticle() {
        try (InputStream in = ExtractBrowserTest.class.getResourceAsStream("/extract/article-2023-09-12.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSeedArticlesThreeDraftsAreAcceptedOneByOneAndShownOnTheMap() {
        long track = api.createTrack("Pasted: seed article");
        browser.openAndWait(url("/?track=" + track));
        SightingFormPage form = new SightingFormPage(browser);

        paste(seedArticle());
        browser.driver.findElement(By.id("extract-published")).sendKeys("2023-09-12T12:00+09:00");
        browser.driver.findElement(By.cssSelector("#extract [data-role=read]")).click();
        browser.waitUpTo(15).until(d -> drafts().size() == 3);
        assertThat(drafts()).extracting(li -> li.findElement(By.cssSelector(".draft-place")).getText())
                .containsExactly("Pyongyang", "Khasan", "Vladivostok");
        WebElement first = drafts().get(0);
        assertThat(first.findElements(By.cssSelector("mark.ev-place"))).extracting(WebElement::getText).contains("Pyongyang");
        assertThat(first.findElements(By.cssSelector("mark.ev-time"))).extracting(WebElement::getText)
                .contains("Sunday afternoon");
        assertThat(first.findElements(By.cssSelector("mark.ev-source"))).isNotEmpty();
        assertThat(api.get("/api/tracks/" + track + "/sightings")).as("nothing stored before saving").isEmpty();

        String[] places = {"Pyongyang", "Khasan", "Vladivostok"};
        for (int i = 0; i < 3; i++) {
            int n = i + 1;
            browser.click(drafts().get(i).findElement(By.xpath(".//button[text()='Accept into the form']")));
            assertThat(form.field("place").getAttribute("value")).isEqualTo(places[i]);
            assertThat(drafts().get(i).getAttribute("data-state")).isEqualTo("accepted");
            form.submit();
            browser.waitUpTo(15).until(d -> form.listItems().size() == n);
        }
        WebElement map = browser.driver.findElement(By.id("map"));
        browser.waitUpTo(15).until(d -> "3".equals(map.getAttribute("data-sighting-markers")));
        String list = browser.driver.findElement(By.id("sighting-list")).getText();
        assertThat(list).contains("Pyongyang").contains("Khasan").contains("Vladivostok");
        var saved = api.get("/api/tracks/" + track + "/sightings");
        assertThat(saved).hasSize(3);
        assertThat(saved.get(0).get("observedAt").asText()).isEqualTo("2023-09-10T15:00+09:00");
        assertThat(saved.get(0).get("confidence").asText()).isEqualTo("confirmed");
        assertThat(saved.get(2).get("kind").asText()).isEqualTo("expected");
        assertNoConsoleErrors(browser);
    }

    @Test
    void evidenceIsTextAndARejectedDraftIsNotStored() {
        long track = api.createTrack("Pasted: markup");
        browser.openAndWait(url("/?track=" + track));
        paste("<img src=x onerror=alert(1)> Interfax reported that the train arrived in Ussuriysk on Tuesday <b>morning</b>.");
        browser.driver.findElement(By.id("extract-published")).sendKeys("2023-09-12T12:00+09:00");
        browser.driver.findElement(By.cssSelector("#extract [data-role=read]")).click();
        browser.waitUpTo(15).until(d -> drafts().size() == 1);
        WebElement draft = drafts().get(0);
        // pasted HTML is reduced to its text before it is read (#23): the evidence is that text, and no markup of the
        // paste becomes an element of the page
        assertThat(draft.findElement(By.cssSelector(".evidence")).getText())
                .contains("Interfax reported that the train arrived in Ussuriysk on Tuesday morning")
                .doesNotContain("onerror");
        assertThat(browser.all("#extract img, #extract b")).isEmpty();

        browser.click(draft.findElement(By.xpath(".//button[text()='Reject']")));
        assertThat(draft.getAttribute("data-state")).isEqualTo("rejected");
        assertThat(api.get("/api/tracks/" + track + "/sightings")).isEmpty();
        assertNoConsoleErrors(browser);
    }

    @Test
    void aPublicationTimeWithoutOffsetIsExplainedNextToTheBox() {
        long track = api.createTrack("Pasted: no offset");
        browser.openAndWait(url("/?track=" + track));
        paste("Interfax reported that the train arrived in Ussuriysk.");
        browser.driver.findElement(By.id("extract-published")).sendKeys("2023-09-12T12:00");
        browser.driver.findElement(By.cssSelector("#extract [data-role=read]")).click();
        WebElement error = browser.waitFor(By.cssSelector("#extract [data-role=extract-error]"));
        assertThat(error.getText()).contains("has no UTC offset");
        assertThat(drafts()).isEmpty();
    }

    private List<WebElement> drafts() {
        return browser.all("#extract li.draft");
    }

    /** Puts the text into the box as a paste would (one input event), not key by key. */
    private void paste(String text) {
        WebElement box = browser.driver.findElement(By.id("extract-text"));
        browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                box, text);
    }
}
