package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Measures (does not assert timings) the page with 1,000 sightings over 20 tracks on one map (issue 21): time
 * until every track is drawn, and frame times while the slider is dragged. Printed and copied by hand into
 * docs/performance.md ("A desk's many subjects").
 */
class ManySubjectsPerformanceBrowserTest extends BrowserTestBase {
    private static final int TRACKS = 20;
    private static final int PER_TRACK = 50;

    @Override
    whereabouts.config.SecurityConfig security() {
        return whereabouts.config.SecurityConfig.defaults().withLimits(1_000_000, 20);
    }

    @Test
    void twentyTracksOfFiftySightings() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < TRACKS; k++) {
            ids.add(api.createTrack("many subjects #" + k));
        }
        Instant start = Instant.parse("2023-09-10T06:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < TRACKS; k++) {
                long track = ids.get(k);
                double dlat = k * 0.05;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_TRACK; i++) {
                        double f = i / (double) PER_TRACK;
                        api.addSighting(track, Map.of("observedAt", start.plusSeconds(i * 4L * 3600).toString(),
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
        StringBuilder set = new StringBuilder();
        ids.forEach(id -> set.append(set.length() == 0 ? "" : ",").append(id));
        long opened = System.nanoTime();
        browser.openAndWait(url("/?track=" + ids.get(0) + "&tracks=" + set));
        browser.waitUpTo(120).until(d -> d.findElements(By.cssSelector("path.set-track-line")).size()
                >= (TRACKS - 1) * (PER_TRACK - 1));
        double drawnMs = (System.nanoTime() - opened) / 1e6;
        Map<?, ?> drag = (Map<?, ?>) browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                const slider = document.getElementById('time-slider');
                const max = Number(slider.max);
                const deltas = [];
                const work = [];
                let i = 0;
                let last = null;
                const step = (now) => {
                  if (last !== null) deltas.push(now - last);
                  last = now;
                  slider.value = String(Math.round((i / 120) * max));
                  const t0 = performance.now();
                  slider.dispatchEvent(new Event('input', { bubbles: true }));
                  work.push(performance.now() - t0);
                  if (++i <= 120) { requestAnimationFrame(step); return; }
                  deltas.sort((a, b) => a - b);
                  work.sort((a, b) => a - b);
                  done({ mean: deltas.reduce((a, b) => a + b, 0) / deltas.length,
                         p95: deltas[Math.floor(deltas.length * 0.95)], max: deltas[deltas.length - 1],
                         workP95: work[Math.floor(work.length * 0.95)] });
                };
                requestAnimationFrame(step);""");
        browser.waitUpTo(120).until(d -> d.findElements(By.cssSelector("path.set-track-position")).size()
                == TRACKS - 1);
        System.out.printf("MANY SUBJECTS: %d tracks x %d sightings: all drawn %.0f ms after opening; slider drag "
                        + "frame interval mean %.1f ms, p95 %.1f ms, max %.1f ms; input handler p95 %.2f ms%n",
                TRACKS, PER_TRACK, drawnMs, ((Number) drag.get("mean")).doubleValue(),
                ((Number) drag.get("p95")).doubleValue(), ((Number) drag.get("max")).doubleValue(),
                ((Number) drag.get("workP95")).doubleValue());
        assertThat(browser.all("#track-set li[data-track-id]")).hasSize(TRACKS + 4);
        assertNoConsoleErrors(browser);
    }
}
