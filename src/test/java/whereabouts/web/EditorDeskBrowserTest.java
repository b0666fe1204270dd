package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The rest of an editor's desk (issue #25): tracks made, renamed and deleted from the page; a delete answered with
 * Undo (the same sighting back, a new revision) and the focus on the next row; menus that close on Esc and an
 * outside click; skip links to the map and the time bar; drafts that say what they repeat and never drop an open
 * edit; status sentences right for their moment.
 */
class EditorDeskBrowserTest extends BrowserTestBase {
    private SightingFormPage form() {
        return new SightingFormPage(browser);
    }

    @Test
    void aTrackIsCreatedRenamedAndDeletedFromThePage() {
        browser.openAndWait(url("/"));
        WebElement menu = browser.driver.findElement(By.id("track-menu"));
        menu.findElement(By.tagName("summary")).click();
        browser.click(menu.findElement(By.cssSelector("[data-role=new]")));
        WebElement dialog = browser.waitFor(By.id("track-dialog"));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.waitFor(By.id("e-t-name")).getText()).isEqualTo("Give the track a name.");
        dialog.findElement(By.id("t-name")).sendKeys("Motorcade, Hanoi");
        new org.openqa.selenium.support.ui.Select(dialog.findElement(By.id("t-mode"))).selectByValue("road");
        dialog.findElement(By.id("t-description")).sendKeys("Road trip");
        assertThat(Axe.violations(browser)).as("axe with the track dialog open").isEmpty();
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("form-title")).getText().equals("Add a sighting to Motorcade, Hanoi"));
        long id = Long.parseLong(browser.driver.findElement(By.id("track-select")).getAttribute("value"));
        assertThat(api.get("/api/tracks/" + id).get("mode").asText()).isEqualTo("road");

        menu.findElement(By.tagName("summary")).click();
        browser.click(menu.findElement(By.cssSelector("[data-role=rename]")));
        WebElement name = dialog.findElement(By.id("t-name"));
        name.clear();
        name.sendKeys("Motorcade, Hanoi 2019");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("form-title")).getText().endsWith("Hanoi 2019"));
        assertThat(api.get("/api/tracks/" + id).get("name").asText()).isEqualTo("Motorcade, Hanoi 2019");

        menu.findElement(By.tagName("summary")).click();
        browser.click(menu.findElement(By.cssSelector("[data-role=delete]")));
        WebElement confirm = browser.waitFor(By.id("track-delete-dialog"));
        assertThat(browser.driver.switchTo().activeElement().getText()).as("Keep is the default").isEqualTo("Keep");
        confirm.findElement(By.cssSelector("[data-role=delete]")).click();
        browser.waitUpTo(10).until(d -> !d.findElement(By.id("track-select")).getAttribute("value").equals(String.valueOf(id)));
        assertThat(api.status("/api/tracks/" + id)).isEqualTo(404);
        // the one console error is Chromium's log line for the 400 of the nameless track this test provokes
        assertThat(consoleErrors(browser)).singleElement().asString().endsWith("/api/tracks - Failed to load "
                + "resource: the server responded with a status of 400 (Bad Request)");
    }

    @Test
    void aDeleteOffersUndoWhichBringsTheSameSightingBackAndFocusGoesToTheNextRow() {
        long track = api.createTwoPointTrack("desk: undo");
        browser.openAndWait(url("/?track=" + track));
        SightingFormPage f = form();
        long first = Long.parseLong(f.listItems().get(0).getAttribute("data-sighting-id"));
        browser.click(f.listItems().get(0).findElement(By.xpath(".//button[text()='Delete']")));
        browser.click(f.listItems().get(0).findElement(By.xpath(".//button[text()='Yes, delete']")));
        browser.waitUpTo(10).until(d -> f.listItems().size() == 1);
        WebElement bar = browser.waitFor(By.id("undo-bar"));
        assertThat(bar.getText()).contains("Sighting #" + first).contains("deleted");
        browser.waitUpTo(5).until(d -> f.listItems().get(0).findElement(By.tagName("button"))
                .equals(d.switchTo().activeElement()));
        bar.findElement(By.xpath(".//button[text()='Undo']")).click();
        browser.waitUpTo(10).until(d -> f.listItems().size() == 2);
        assertThat(f.listItems().get(0).getAttribute("data-sighting-id")).isEqualTo(String.valueOf(first));
        List<String> actions = new java.util.ArrayList<>();
        api.get("/api/tracks/" + track + "/sightings/" + first + "/history").forEach(h -> actions.add(h.get("action").asText()));
        assertThat(actions).containsExactly("created", "deleted", "restored");
        assertNoConsoleErrors(browser);
    }

    @Test
    void theDownloadMenuClosesOnEscAndOnAClickOutside() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        WebElement menu = browser.driver.findElement(By.id("download-menu"));
        WebElement summary = menu.findElement(By.tagName("summary"));
        summary.click();
        assertThat(menu.getAttribute("open")).isNotNull();
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        browser.waitUpTo(5).until(d -> menu.getAttribute("open") == null);
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(summary);
        summary.click();
        assertThat(menu.getAttribute("open")).isNotNull();
        browser.driver.findElement(By.id("track-description")).click();
        browser.waitUpTo(5).until(d -> menu.getAttribute("open") == null);
    }

    @Test
    void skipLinksReachTheMapAndTheTimeBarInTwoTabs() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement skipMap = browser.driver.switchTo().activeElement();
        assertThat(skipMap.getText()).isEqualTo("Skip to the map");
        assertThat(skipMap.isDisplayed()).isTrue();
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement skipTime = browser.driver.switchTo().activeElement();
        assertThat(skipTime.getText()).isEqualTo("Skip to the time bar");
        skipTime.sendKeys(Keys.ENTER);
        browser.waitUpTo(5).until(d -> "time-slider".equals(d.switchTo().activeElement().getAttribute("id")));
    }

    @Test
    void aDraftThatRepeatsASightingSaysSoAndAcceptingNeverDropsAnOpenEdit() {
        long track = api.createTwoPointTrack("desk: drafts");
        browser.openAndWait(url("/?track=" + track));
        SightingFormPage f = form();
        browser.click(f.listItems().get(1).findElement(By.xpath(".//button[text()='Edit']")));
        f.fill("notes", "an edit in progress");
        WebElement text = browser.driver.findElement(By.id("extract-text"));
        text.sendKeys("The train arrived in Khasan early on Tuesday, TBS reported, citing Russian regional officials.");
        browser.driver.findElement(By.id("extract-published")).sendKeys("2023-09-12T12:00+09:00");
        browser.driver.findElement(By.cssSelector("#extract [data-role=read]")).click();
        WebElement draft = browser.waitFor(By.cssSelector("#extract li.draft"));
        long khasan = Long.parseLong(f.listItems().get(1).getAttribute("data-sighting-id"));
        WebElement repeats = draft.findElement(By.cssSelector(".draft-repeats"));
        assertThat(repeats.getText()).startsWith("Repeats sighting #" + khasan);
        assertThat(draft.findElement(By.cssSelector(".draft-time")).getText()).contains("UTC").contains("±");
        browser.click(draft.findElement(By.xpath(".//button[text()='Accept into the form']")));
        browser.driver.switchTo().alert().dismiss(); // "Drop the edit?" — no
        assertThat(f.field("notes").getAttribute("value")).isEqualTo("an edit in progress");
        assertThat(draft.getAttribute("data-state")).isEqualTo("pending");
        browser.click(draft.findElement(By.xpath(".//button[text()='Accept into the form']")));
        browser.driver.switchTo().alert().accept();
        assertThat(f.field("place").getAttribute("value")).isEqualTo("Khasan");
        assertThat(f.field("timeUncertaintyMinutes").getAttribute("value")).as("the window kept as ± minutes").isNotEmpty();
    }

    @Test
    void theStatusSentenceIsRightForItsMoment() {
        browser.openAndWait(url("/?track=" + demoTrackId()));
        @SuppressWarnings("unchecked")
        List<String> sentences = (List<String>) browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                import('/js/position.js').then(({ statusSentence }) => {
                  const khasan = { id: 2, place: 'Khasan', observedAtUtc: '2023-09-11T20:00:00Z', timeUncertaintyMinutes: 180 };
                  const t = Date.parse('2023-09-11T17:00:00Z');
                  done([
                    statusSentence(t, { status: 'before-first', description: 'at Pyongyang' }, null, false),
                    statusSentence(t, { status: 'at-sighting', description: 'at Khasan', uncertaintyKm: 172, sightingId: 2 }, khasan, false),
                    statusSentence(t, { status: 'in-transit', description: '40 km SW of Hamhung', uncertaintyKm: 50, stretch: {} }, null, false),
                    statusSentence(Date.parse('2023-09-11T20:00:00Z'), { status: 'at-sighting', description: 'at Khasan', sightingId: 2 }, khasan, false),
                  ]);
                });
                """);
        assertThat(sentences).containsExactly(
                "Before the first report — first reported at Pyongyang",
                "Before the report at Khasan, within its time window (± 3 h) — likely at Khasan — could be anywhere within ± 172 km",
                "Between reports — likely 40 km SW of Hamhung — could be anywhere within ± 50 km along the line",
                "At a report — at Khasan");
    }
}
