package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The page edits with If-Match: an edit of a sighting someone else changed meanwhile is refused, not applied. */
class ConcurrentEditBrowserTest extends BrowserTestBase {

    @Test
    void anEditOfAStaleRevisionIsRefusedWithTheServersMessage() throws Exception {
        long track = api.createTwoPointTrack("two desks edit one sighting");
        long khasan = api.get("/api/tracks/" + track + "/sightings").get(1).get("id").asLong();
        SightingFormPage form = new SightingFormPage(browser);
        browser.openAndWait(url("/?track=" + track));
        browser.click(form.listItems().get(1).findElement(By.xpath(".//button[text()='Edit']")));
        assertThat(form.field("place").getAttribute("value")).isEqualTo("Khasan");

        HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/api/tracks/" + track + "/sightings/" + khasan)))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"observedAt\":\"2023-09-12T06:00+10:00\","
                        + "\"place\":\"Khasan\",\"source\":\"TBS\",\"notes\":\"the other desk's edit\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

        form.fill("notes", "my edit of revision 1");
        form.submit();
        WebElement error = browser.waitFor(By.cssSelector("[data-role=form-error]"));
        browser.waitUpTo(10).until(d -> error.isDisplayed() && error.getText().contains("changed by someone else"));
        assertThat(error.getText()).contains("current one is 2");
        assertThat(api.get("/api/tracks/" + track + "/sightings/" + khasan).get("notes").asText())
                .isEqualTo("the other desk's edit");
    }
}
