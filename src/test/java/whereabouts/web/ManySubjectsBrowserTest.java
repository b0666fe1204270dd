package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Several tracks on one map (issue 21), on the demo's three tracks: each in its own colour in the legend and on
 * the map, one slider moving all of them, the set kept in the URL; the train-and-plane meeting window drawn on the
 * map, on the strip under the chart and on the chart; the legs table and the journey chart showing every track of
 * the set in its colour; the likely band's two shades on the map and the gauge.
 */
class ManySubjectsBrowserTest extends BrowserTestBase {
    private long track(String prefix) {
        for (JsonNode t : api.get("/api/tracks")) {
            if (t.get("name").asText().startsWith(prefix)) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError(prefix);
    }

    private String threeTracksUrl(String t) {
        long first = track("Kim Jong Un's armoured train, September");
        long russia = track("Kim Jong Un's armoured train in Russia");
        long plane = track("Putin's plane");
        return url("/?track=" + russia + "&tracks=" + russia + "," + first + "," + plane + "&t=" + t);
    }

    private static String positionsOf(List<WebElement> markers) {
        StringBuilder out = new StringBuilder();
        for (WebElement m : markers) {
            out.append(m.getAttribute("d")).append('|');
        }
        return out.toString();
    }

    private void moveSliderTo(int minutes) {
        browser.js("const s = document.getElementById('time-slider'); s.value = String(arguments[0]);"
                + " s.dispatchEvent(new Event('input'));", minutes);
    }

    @Test
    void threeTracksHaveTheirColoursInTheLegendAndOnTheMapAndOneSliderMovesThemAll() {
        browser.openAndWait(threeTracksUrl("2023-09-13T03:00:00Z"));
        List<WebElement> items = browser.all("#track-set li[data-track-id]").stream()
                .filter(i -> i.findElement(By.cssSelector("input[data-role=show]")).isSelected()).toList();
        assertThat(items).as("the three tracks of the URL are on the map").hasSize(3);
        Set<String> colours = new HashSet<>();
        for (WebElement item : items) {
            colours.add(item.findElement(By.cssSelector(".swatch")).getAttribute("data-color"));
        }
        assertThat(colours).hasSize(3);
        browser.waitUpTo(30).until(d -> d.findElements(By.cssSelector("path.set-track-line")).size() >= 2);
        Set<String> drawn = new HashSet<>();
        for (WebElement line : browser.all("path.set-track-line")) {
            drawn.add(line.getAttribute("stroke").toUpperCase());
        }
        assertThat(colours).containsAll(drawn);
        assertThat(drawn).hasSize(2); // the two tracks besides the selected one, which the page draws as before

        moveSliderTo(60 * 24); // a day after the slider's start: every track has a position by then
        browser.waitUpTo(30).until(d -> d.findElements(By.cssSelector("path.set-track-position")).size() == 2);
        // a subject that stands still keeps its marker: the slider moved them when any marker of the set moved
        String before = positionsOf(browser.all("path.set-track-position"));
        moveSliderTo(60 * 40);
        browser.waitUpTo(30).until(d -> !before.equals(
                positionsOf(d.findElements(By.cssSelector("path.set-track-position")))));
        assertThat(browser.waitForUrlContaining("tracks=")).contains("tracks=");
        assertNoConsoleErrors(browser);
    }

    @Test
    void theTrainAndPlaneMeetingWindowIsDrawnOnTheMapAndTheStrip() {
        long russia = track("Kim Jong Un's armoured train in Russia");
        long plane = track("Putin's plane");
        browser.openAndWait(url("/?track=" + russia + "&tracks=" + russia + "," + plane + "&t=2023-09-13T03:00:00Z"));
        WebElement window = browser.waitUpTo(60).until(d -> d.findElements(By.cssSelector("#meeting-strip .meeting-window"))
                .stream().filter(w -> w.getAttribute("data-from").compareTo("2023-09-13T03:30") <= 0
                        && w.getAttribute("data-to").compareTo("2023-09-13T03:30") >= 0).findFirst().orElse(null));
        assertThat(window.getAttribute("title")).startsWith("Could have met");
        assertThat(window.getSize().getWidth()).isPositive();
        assertThat(browser.all("path.meeting-stretch")).isNotEmpty();
        assertThat(browser.all("path.meeting-point")).isNotEmpty();
        assertNoConsoleErrors(browser);
    }

    @Test
    void theLegsTableAndTheJourneyChartShowEveryTrackOfTheSetInItsColour() {
        long russia = track("Kim Jong Un's armoured train in Russia");
        long first = track("Kim Jong Un's armoured train, September");
        long plane = track("Putin's plane");
        browser.openAndWait(threeTracksUrl("2023-09-13T03:00:00Z"));
        browser.waitUpTo(30).until(d -> d.findElements(By.cssSelector("#legs-body tr.track-heading")).size() == 3
                && d.findElements(By.cssSelector("#journey-chart path.set-track-leg")).size() == 2);
        List<WebElement> headings = browser.all("#legs-body tr.track-heading");
        assertThat(headings.get(0).getAttribute("data-track-id")).as("the selected track first")
                .isEqualTo(String.valueOf(russia));
        assertThat(headings.get(0).getText()).contains("(selected)");
        for (long id : List.of(russia, first, plane)) {
            String colour = browser.all("#track-set li[data-track-id='" + id + "'] .swatch").get(0).getAttribute("data-color");
            WebElement heading = browser.all("#legs-body tr.track-heading[data-track-id='" + id + "'] th").get(0);
            assertThat(heading.getAttribute("data-color")).as("track " + id + "'s heading").isEqualTo(colour);
            assertThat(heading.getText()).startsWith(api.get("/api/tracks/" + id).get("name").asText());
            JsonNode path = api.get("/api/tracks/" + id + "/path");
            int features = 0;
            int legs = 0;
            for (JsonNode f : path.get("features")) {
                if (f.hasNonNull("properties") && f.get("properties").has("featureType")) {
                    features++;
                    legs += "leg".equals(f.get("properties").get("featureType").asText()) ? 1 : 0;
                }
            }
            assertThat(browser.all("#legs-body tr[data-leg-index][data-track-id='" + id + "']"))
                    .as("track " + id + "'s legs and projections, each row naming its track").hasSize(features);
            if (id != russia) {
                WebElement line = browser.all("#journey-chart path.set-track-leg[data-track-id='" + id + "']").get(0);
                assertThat(line.getAttribute("stroke")).as("track " + id + "'s line on the chart").isEqualTo(colour);
                assertThat(line.getAttribute("data-legs")).isEqualTo(String.valueOf(legs));
                assertThat(line.getAttribute("d")).startsWith("M");
            }
        }
        // the summit window (train in Russia and the plane at Vostochny) is a band on the chart too
        WebElement band = browser.waitUpTo(60).until(d -> d.findElements(By.cssSelector("#journey-chart rect.meeting-window-band"))
                .stream().filter(w -> w.getAttribute("data-from").compareTo("2023-09-13T03:30") <= 0
                        && w.getAttribute("data-to").compareTo("2023-09-13T03:30") >= 0).findFirst().orElse(null));
        assertThat(Double.parseDouble(band.getAttribute("width"))).isPositive();
        assertThat(band.findElement(By.tagName("title")).getAttribute("textContent")).startsWith("Could have met");
        assertNoConsoleErrors(browser);
    }

    @Test
    void oneTrackAloneKeepsThePlainLegsTable() {
        long first = track("Kim Jong Un's armoured train, September");
        browser.openAndWait(url("/?track=" + first + "&t=2023-09-11T10:00:00Z"));
        browser.waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#legs-body tr[data-leg-index]")).isEmpty());
        assertThat(browser.all("#legs-body tr.track-heading")).isEmpty();
        assertThat(browser.all("#legs-body tr[data-track-id]")).isEmpty();
        assertThat(browser.all("#journey-chart path.set-track-leg")).isEmpty();
    }

    @Test
    void theLikelyBandShowsTwoShadesOnTheMapAndTheGauge() {
        long first = track("Kim Jong Un's armoured train, September");
        browser.openAndWait(url("/?track=" + first + "&t=2023-09-11T10:00:00Z"));
        browser.waitUpTo(30).until(d -> !d.findElements(By.cssSelector("path.likely-band.likely-50")).isEmpty()
                && !d.findElements(By.cssSelector("path.likely-band.likely-90")).isEmpty());
        WebElement shade50 = browser.all("path.likely-50").get(0);
        WebElement shade90 = browser.all("path.likely-90").get(0);
        assertThat(Double.parseDouble(shade50.getAttribute("stroke-opacity")))
                .isGreaterThan(Double.parseDouble(shade90.getAttribute("stroke-opacity")));
        WebElement gauge = browser.waitFor(By.id("likely-gauge"));
        assertThat(gauge.findElement(By.cssSelector(".likely-50")).getSize().getWidth())
                .isLessThan(gauge.findElement(By.cssSelector(".likely-90")).getSize().getWidth());
        assertThat(gauge.getText()).contains("(50 %)").contains("(90 %)").contains("at worst");
        assertNoConsoleErrors(browser);
    }
}
