package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 1,000 sightings over 20 tracks on one map (issue 21): after the slider moves (a burst of inputs, as a drag
 * gives), every other track's marker stands where {@code /api/tracks/{id}/position} says that track is at the
 * slider's minute, and the burst was coalesced into at most two batched answers. Correctness only: the timings are
 * measured by bench/set-positions-measure.js (docs/performance.md), not asserted here.
 */
class TwentyTracksBrowserTest extends BrowserTestBase {
    static final int TRACKS = 20;
    static final int PER_TRACK = 50;
    static final Instant START = Instant.parse("2023-09-10T06:00:00Z");
    private final List<Long> ids = new ArrayList<>();

    @Override
    whereabouts.config.SecurityConfig security() {
        return whereabouts.config.SecurityConfig.defaults().withLimits(1_000_000, 20);
    }

    /** Twenty tracks of fifty sightings every 4 h, side by side 0.05° apart, Pyongyang towards Vladivostok. */
    @BeforeAll
    void twentyTracks() throws Exception {
        for (int k = 0; k < TRACKS; k++) {
            ids.add(api.createTrack("subject " + (k + 1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < TRACKS; k++) {
                long track = ids.get(k);
                double dlat = k * 0.05;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_TRACK; i++) {
                        double f = i / (double) PER_TRACK;
                        api.addSighting(track, Map.of("observedAt", START.plusSeconds(i * 4L * 3600).toString(),
                                "lat", String.format("%.5f", 39.03 + dlat + f * 4.07),
                                "lon", String.format("%.5f", 125.75 + f * 6.12),
                                "source", "synthetic", "locationUncertaintyKm", "2"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private String set() {
        StringBuilder out = new StringBuilder();
        ids.forEach(id -> out.append(out.length() == 0 ? "" : ",").append(id));
        return out.toString();
    }

    private long marks() {
        return ((Number) browser.js("return performance.getEntriesByName('whereabouts:set-positions').length;"))
                .longValue();
    }

    @Test
    void everyMarkerMovesToItsTracksPositionAfterABurstOfSliderInputs() {
        browser.openAndWait(url("/?track=" + ids.get(0) + "&tracks=" + set()));
        browser.waitUpTo(120).until(d -> d.findElements(By.cssSelector("path.set-track-position")).size() == TRACKS - 1);
        assertThat(browser.all("#legs-body tr.track-heading")).hasSize(TRACKS);
        assertThat(browser.all("#journey-chart path.set-track-leg")).hasSize(TRACKS - 1);

        for (int minutes : new int[] {60 * 30 + 17, 60 * 101 + 3, 60 * 170 + 44}) {
            String before = (String) browser.js("return document.getElementById('track-set').dataset.positionsAt ?? '';");
            long marksBefore = marks();
            // thirty inputs in one task, as a fast drag gives between two frames: one request answers them
            browser.js("const s = document.getElementById('time-slider');"
                    + " for (let i = 30; i >= 0; i--) { s.value = String(arguments[0] - i * 7);"
                    + " s.dispatchEvent(new Event('input')); }", minutes);
            long expected = START.plusSeconds(minutes * 60L).toEpochMilli();
            browser.waitUpTo(60).until(d -> String.valueOf(expected).equals(
                    d.findElement(By.id("track-set")).getAttribute("data-positions-at")));
            assertThat(before).isNotEqualTo(String.valueOf(expected));
            assertThat(marks() - marksBefore).as("deliveries for a burst of 31 inputs").isBetween(1L, 2L);
            checkMarkers(Instant.ofEpochMilli(expected));
        }
        assertNoConsoleErrors(browser);
    }

    /** Each marker names its track, and stands where that track's own position endpoint puts it at t. */
    private void checkMarkers(Instant t) {
        Map<String, String> drawn = new HashMap<>();
        for (WebElement m : browser.all("path.set-track-position")) {
            drawn.put(m.getAttribute("data-track-id"), m.getAttribute("data-lon-lat"));
        }
        Set<String> others = new HashSet<>();
        ids.subList(1, TRACKS).forEach(id -> others.add(String.valueOf(id)));
        assertThat(drawn.keySet()).isEqualTo(others);
        for (String id : others) {
            JsonNode c = api.get("/api/tracks/" + id + "/position?at=" + t).get("geometry").get("coordinates");
            String[] lonLat = drawn.get(id).split(",");
            assertThat(Double.parseDouble(lonLat[0])).as("track " + id + " lon at " + t)
                    .isCloseTo(c.get(0).asDouble(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(Double.parseDouble(lonLat[1])).as("track " + id + " lat at " + t)
                    .isCloseTo(c.get(1).asDouble(), org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
