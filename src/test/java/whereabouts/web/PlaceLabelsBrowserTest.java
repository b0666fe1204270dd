package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Place labels from the gazetteer in the map's `labels` pane, at two zooms, never overlapping, in four scripts. */
class PlaceLabelsBrowserTest extends BrowserTestBase {

    /** Opens the demo track at a given view and waits until the labels for that zoom are drawn. */
    private List<String> labelsAt(int zoom, String center, String names) {
        browser.openAndWait(url("/?track=" + demoTrackId() + "&zoom=" + zoom + "&center=" + center
                + (names == null ? "" : "&names=" + names)));
        return labelsNow(zoom, names == null ? "latin" : names);
    }

    private List<String> labelsNow(int zoom, String script) {
        browser.waitUpTo(15).withMessage("labels for zoom " + zoom + " in " + script).until(d -> {
            var map = d.findElement(By.id("map"));
            return String.valueOf(zoom).equals(map.getAttribute("data-labels-zoom"))
                    && script.equals(map.getAttribute("data-label-script"));
        });
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) browser.js("return [...document.querySelectorAll("
                + "'.leaflet-labels-pane .place-label')].map((e) => e.textContent);");
        assertThat(texts).hasSize(Integer.parseInt(browser.driver.findElement(By.id("map")).getAttribute("data-labels")));
        return texts;
    }

    /** Pairs of labels whose rendered boxes intersect (should be none). */
    private List<?> overlappingPairs() {
        return (List<?>) browser.js("const r = [...document.querySelectorAll('.leaflet-labels-pane .place-label')]"
                + ".map((e) => [e.textContent, e.getBoundingClientRect()]); const out = [];"
                + "for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {"
                + " const a = r[i][1], b = r[j][1];"
                + " if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(r[i][0] + ' / ' + r[j][0]); }"
                + "return out;");
    }

    @Test
    void capitalsAtALowZoomAndSmallPlacesZoomedInWithoutOverlaps() {
        List<String> overview = labelsAt(5, "40.5,128", null);
        assertThat(overview).contains("Pyongyang", "Seoul").doesNotContain("Khasan");
        assertThat(overview.size()).isBetween(5, 120);
        assertThat(overlappingPairs()).isEmpty();
        assertThat(browser.all(".leaflet-labels-pane .place-label.capital")).isNotEmpty();

        List<String> delta = labelsAt(11, "42.43,130.63", null);
        assertThat(delta).contains("Khasan").doesNotContain("Seoul", "Pyongyang");
        assertThat(overlappingPairs()).isEmpty();

        // labels are under the track and never catch the mouse
        assertThat(browser.js("return getComputedStyle(document.querySelector('.leaflet-labels-pane')).pointerEvents"))
                .isEqualTo("none");
        assertThat(browser.requestedUrls()).allSatisfy(u -> assertThat(Browser.isLocal(u)).as(u).isTrue());
        assertNoConsoleErrors(browser);
    }

    @Test
    void theUserSwitchesTheScriptOfPlaceNames() throws IOException {
        assertThat(labelsAt(5, "40.5,128", null)).contains("Pyongyang");
        browser.openLayerBox(); // folded by default (issue #25)
        Select script = new Select(browser.driver.findElement(By.id("label-script")));
        script.selectByValue("ko");
        assertThat(labelsNow(5, "ko")).contains("평양", "서울");
        Path dir = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("labels-korean-1280.png"), browser.screenshot());
        script.selectByValue("ru");
        assertThat(labelsNow(5, "ru")).contains("Пхеньян");
        script.selectByValue("zh");
        assertThat(labelsNow(5, "zh")).contains("平壤");
        assertThat(overlappingPairs()).isEmpty();
        browser.waitUpTo(5).until(d -> d.getCurrentUrl().contains("names=zh"));

        // the script is part of the shared view
        assertThat(labelsAt(5, "40.5,128", "ru")).contains("Пхеньян");
        assertThat(new Select(browser.driver.findElement(By.id("label-script"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("ru");
        assertNoConsoleErrors(browser);
    }
}
