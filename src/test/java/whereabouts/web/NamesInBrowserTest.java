package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #25 item 6, "one script and one spelling per place across the page, following 'Names in'": with names in
 * Latin, the status line, the legs table, the list and the labels of the second demo track show no Cyrillic or
 * Hangul, and the Artyom sighting is "Artyom-Primorsky-1" wherever it is named (on main the status read "at Artëm"
 * beside the list's "Artyom-Primorsky-1"); switched to Russian, the same places are in Cyrillic there.
 */
class NamesInBrowserTest extends BrowserTestBase {
    private static final Pattern NOT_LATIN = Pattern.compile("[\\p{IsCyrillic}\\p{IsHangul}\\p{IsHan}]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private long russiaTrackId() {
        for (var t : api.get("/api/tracks")) {
            if (t.get("name").asText().contains("in Russia")) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no demo track in Russia");
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getAttribute("textContent");
    }

    @SuppressWarnings("unchecked")
    private List<String> labels() {
        return (List<String>) browser.js("return [...document.querySelectorAll('.leaflet-labels-pane .place-label')]"
                + ".map((e) => e.textContent);");
    }

    private void waitForLabels(String script) {
        browser.waitUpTo(15).withMessage("labels in " + script).until(d -> script.equals(
                d.findElement(By.id("map")).getAttribute("data-label-script")));
    }

    @Test
    void latinNamesEverywhereThenRussianEverywhere() throws IOException {
        // at the Artyom report, then between reports (the status describes where the train likely is)
        browser.openAndWait(url("/?track=" + russiaTrackId() + "&names=latin&t=2023-09-17T06:00:00Z"));
        waitForLabels("latin");
        browser.waitUpTo(15).until(d -> !text("position-status").isBlank());
        String status = text("position-status");
        String legs = text("legs-body");
        String list = text("sighting-list");
        System.out.println("[issue-25] names in Latin, status: " + status);
        assertThat(status).contains("Artyom-Primorsky-1").doesNotContain("Artëm");
        for (String shown : List.of(status, legs, list, String.join(" | ", labels()))) {
            assertThat(NOT_LATIN.matcher(shown).find()).as(shown).isFalse();
        }
        assertThat(list).contains("Artyom-Primorsky-1", "Razdol’noye").doesNotContain("Artëm");
        assertThat(legs).contains("Razdol’noye");

        browser.openLayerBox();
        new Select(browser.driver.findElement(By.id("label-script"))).selectByValue("ru");
        waitForLabels("ru");
        browser.waitUpTo(15).withMessage("the status line in Russian")
                .until(d -> text("position-status").contains("Артём-Приморский-1"));
        browser.waitUpTo(15).withMessage("the list in Russian").until(d -> text("sighting-list").contains("Раздольное"));
        String ruLegs = text("legs-body");
        assertThat(ruLegs).contains("Хасан", "Раздольное").doesNotContain("Razdol", "Khasan");
        assertThat(text("sighting-list")).doesNotContain("Khasan", "Artyom");
        assertThat(labels().stream().filter(l -> CYRILLIC.matcher(l).find()).count()).isPositive();
        Path dir = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("names-in-russian-1280x800.png"), browser.screenshot());

        // between reports, the described place is named in Russian too
        browser.openAndWait(url("/?track=" + russiaTrackId() + "&names=ru&t=2023-09-16T06:00:00Z"));
        browser.waitUpTo(15).until(d -> text("position-status").contains("likely"));
        String between = text("position-status");
        System.out.println("[issue-25] names in Russian, status between reports: " + between);
        assertThat(CYRILLIC.matcher(between).find()).as(between).isTrue();
        assertNoConsoleErrors(browser);
    }
}
