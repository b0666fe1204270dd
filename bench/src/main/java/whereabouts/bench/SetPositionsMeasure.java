package whereabouts.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import whereabouts.Geodata;
import whereabouts.Server;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;

/**
 * The page with 1,000 sightings over 20 tracks on one map (issue 21): how interactive the time slider stays.
 * Starts the real server (H2 in a temporary directory, no demo), creates 20 tracks of 50 sightings (as
 * TwentyTracksBrowserTest does), opens headless Chromium at 1280 × 800 with all 20 on the map, and measures in the
 * page:
 * <ol>
 *   <li>move latency: from one slider input (to a minute not yet asked) to the frame painted after every other
 *       track's marker has moved (the {@code whereabouts:set-positions} mark), 20 moves;</li>
 *   <li>a drag: 240 animation frames, each moving the slider by 7 minutes; frame intervals, {@code /api/positions}
 *       requests per second, deliveries, and the time from the last input to the last markers moved;</li>
 *   <li>the server's side: one {@code /api/positions} request for the 19 tracks against 19 parallel
 *       {@code /api/tracks/{id}/position} requests (what the page did before), 20 times each.</li>
 * </ol>
 *
 * <pre>java -cp /tmp/bench:target/classes:$(cat /tmp/cp.txt) whereabouts.bench.SetPositionsMeasure</pre>
 */
public final class SetPositionsMeasure {
    private static final int TRACKS = 20;
    private static final int PER_TRACK = 50;
    private static final Instant START = Instant.parse("2023-09-10T06:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SetPositionsMeasure() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("whereabouts-set-positions-");
        try (Server server = Server.start(AppConfig.defaults(data, 0, false),
                SecurityConfig.defaults().withLimits(1_000_000, 20), Geodata.loadDefault())) {
            String base = server.url();
            List<Long> ids = createTracks(base);
            ChromeDriver driver = chromium();
            try {
                String set = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
                long opened = System.nanoTime();
                driver.get(base + "/?track=" + ids.get(0) + "&tracks=" + set);
                new WebDriverWait(driver, Duration.ofSeconds(180)).until(d ->
                        d.findElements(By.cssSelector("path.set-track-position")).size() == TRACKS - 1);
                System.out.printf("all %d tracks drawn with their markers: %.0f ms after opening%n", TRACKS,
                        (System.nanoTime() - opened) / 1e6);
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
                System.out.println("move latency: " + driver.executeAsyncScript(MOVES));
                System.out.println("drag: " + driver.executeAsyncScript(DRAG, START.toEpochMilli()));
                System.out.println("server: " + driver.executeAsyncScript(SERVER, set.substring(set.indexOf(',') + 1)));
            } finally {
                driver.quit();
            }
        }
    }

    private static final String MOVES = """
            const done = arguments[arguments.length - 1];
            const slider = document.getElementById('time-slider');
            const count = () => performance.getEntriesByName('whereabouts:set-positions').length;
            const frame = () => new Promise((r) => requestAnimationFrame(r));
            (async () => {
              const out = [];
              const inputMs = [];
              for (let i = 0; i < 20; i++) {
                const before = count();
                const t0 = performance.now();
                slider.value = String(600 + i * 577); // minutes: never asked before
                slider.dispatchEvent(new Event('input'));
                inputMs.push(performance.now() - t0);
                while (count() === before) await frame();
                await frame(); // the frame that paints the moved markers
                out.push(performance.now() - t0);
              }
              out.sort((a, b) => a - b);
              inputMs.sort((a, b) => a - b);
              const draw = performance.getEntriesByName('whereabouts:set-positions').slice(-20).map((m) => m.detail.drawMs).sort((a, b) => a - b);
              done(`p50 ${out[10].toFixed(0)} ms, p90 ${out[18].toFixed(0)} ms, max ${out[19].toFixed(0)} ms (20 moves); `
                + `input handler p50 ${inputMs[10].toFixed(1)} ms, moving the 19 markers and bands p50 ${draw[10].toFixed(1)} ms, max ${draw[19].toFixed(1)} ms`);
            })();""";

    private static final String DRAG = """
            const done = arguments[arguments.length - 1];
            const slider = document.getElementById('time-slider');
            const frames = 240;
            performance.setResourceTimingBufferSize(100000);
            performance.clearResourceTimings();
            const marksBefore = performance.getEntriesByName('whereabouts:set-positions').length;
            const deltas = [];
            let i = 0;
            let last = null;
            let begun = null;
            const step = (now) => {
              if (last !== null) deltas.push(now - last);
              else begun = now;
              last = now;
              slider.value = String(60 + i * 7);
              slider.dispatchEvent(new Event('input'));
              if (++i < frames) { requestAnimationFrame(step); return; }
              const lastInput = performance.now();
              const wantedT = arguments[0] + (60 + (frames - 1) * 7) * 60000; // the slider starts at the tracks' start
              const settle = () => {
                const marks = performance.getEntriesByName('whereabouts:set-positions');
                const latest = marks.at(-1);
                if (latest && latest.detail.t === wantedT) {
                  const seconds = (performance.now() - begun) / 1000;
                  const requests = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/positions')).length;
                  deltas.sort((a, b) => a - b);
                  done(`${frames} frames in ${seconds.toFixed(1)} s; frame interval mean ${(deltas.reduce((a, b) => a + b, 0) / deltas.length).toFixed(1)} ms, `
                    + `p95 ${deltas[Math.floor(deltas.length * 0.95)].toFixed(1)} ms, max ${deltas.at(-1).toFixed(1)} ms; `
                    + `${requests} /api/positions requests (${(requests / seconds).toFixed(1)}/s) for ${frames} inputs, `
                    + `${marks.length - marksBefore} deliveries; last markers moved ${(latest.startTime - lastInput).toFixed(0)} ms after the last input`);
                  return;
                }
                requestAnimationFrame(settle);
              };
              setTimeout(settle, 0);
            };
            requestAnimationFrame(step);""";

    private static final String SERVER = """
            const done = arguments[arguments.length - 1];
            const others = arguments[0].split(',');
            const at = (i) => new Date(Date.parse('2023-09-11T00:00:00Z') + i * 3600000 * 3 + 60000 * 13).toISOString();
            const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
            (async () => {
              const batched = [];
              const single = [];
              for (let i = 0; i < 20; i++) {
                let t0 = performance.now();
                await (await fetch(`/api/positions?tracks=${others.join(',')}&at=${encodeURIComponent(at(i))}`)).json();
                batched.push(performance.now() - t0);
                t0 = performance.now();
                await Promise.all(others.map((id) => fetch(`/api/tracks/${id}/position?at=${encodeURIComponent(at(i + 20))}`).then((r) => r.json())));
                single.push(performance.now() - t0);
              }
              done(`19 tracks: one /api/positions request median ${median(batched).toFixed(0)} ms; `
                + `19 parallel /position requests median ${median(single).toFixed(0)} ms`);
            })();""";

    private static ChromeDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        Path profile = Files.createTempDirectory("whereabouts-bench-chromium-");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    private static List<Long> createTracks(String base) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < TRACKS; k++) {
            ids.add(id(post(base + "/api/tracks", Map.of("name", "subject " + (k + 1), "mode", "rail"))));
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
                        post(base + "/api/tracks/" + track + "/sightings", Map.of(
                                "observedAt", START.plusSeconds(i * 4L * 3600).toString(),
                                "lat", String.format("%.5f", 39.03 + dlat + f * 4.07),
                                "lon", String.format("%.5f", 125.75 + f * 6.12),
                                "source", "synthetic", "locationUncertaintyKm", "2"));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return ids;
    }

    private static String post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
