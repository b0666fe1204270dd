import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Acknowledged sightings a second through HTTP (issue #22, item 5): WRITERS threads, each on its own HTTP/1.1
 * client, post sightings as fast as the server answers for SECONDS after a warm-up of WARMUP seconds; only 201s
 * count. Prints the writes a second, POST latency p50/p99, and, given the server's pid, the server's CPU time
 * (user + system, from /proc/PID/stat) per acknowledged write: the figure that does not depend on how many cores
 * the shared machine leaves free.
 *
 * <pre>
 * java bench/load/WriteLoad.java BASE_URL WRITERS SECONDS WARMUP one|own [SERVER_PID]
 * </pre>
 * {@code one}: every writer posts to one track (a desk on one subject; the track grows by every write);
 * {@code own}: each writer posts to a track of its own.
 */
public class WriteLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int writers = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        boolean ownTrack = args[4].equals("own");
        String pid = args.length > 5 ? args[5] : null;
        HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] tracks = new long[writers];
        long shared = createTrack(setup, base, "load");
        for (int w = 0; w < writers; w++) {
            tracks[w] = ownTrack ? createTrack(setup, base, "load " + w) : shared;
        }
        run(base, tracks, warmup, null); // warm-up: JIT, connection pools, and what the first write loads lazily
        if (pid != null) {
            awaitIdle(pid);
        }
        long cpuBefore = pid == null ? 0 : cpuTicks(pid);
        long[][] latencies = new long[writers][];
        long start = System.nanoTime();
        long acked = run(base, tracks, seconds, latencies);
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuAfter = pid == null ? 0 : cpuTicks(pid);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%d writers, %s: %d acknowledged in %.1f s = %.0f writes/s; POST p50 %.1f ms,"
                        + " p99 %.1f ms", writers, ownTrack ? "a track each" : "one track", acked, wall, acked / wall,
                pct(all, 0.50) / 1e6, pct(all, 0.99) / 1e6);
        if (pid != null) {
            double cpuSeconds = (cpuAfter - cpuBefore) / 100.0; // USER_HZ
            System.out.printf(Locale.ROOT, "; server CPU %.1f s = %.2f ms per write (%.0f writes per CPU second)",
                    cpuSeconds, cpuSeconds * 1000 / acked, acked / cpuSeconds);
        }
        System.out.println();
    }

    private static long run(String base, long[] tracks, int seconds, long[][] latencies) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong acked = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < tracks.length; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(30)).build();
                String path = base + "/api/tracks/" + tracks[writer] + "/sightings";
                long[] times = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(post(path, sighting(writer, n)),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (n < times.length) {
                        times[n] = System.nanoTime() - t0;
                    }
                    n++;
                    acked.incrementAndGet();
                }
                if (latencies != null) {
                    latencies[writer] = Arrays.copyOf(times, Math.min(n, times.length));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return acked.get();
    }

    private static long createTrack(HttpClient http, String base, String name) throws Exception {
        String body = http.send(post(base + "/api/tracks", "{\"name\":\"" + name + "\"}"),
                HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    private static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** The sightings of the kill -9 test's writers: along a line near Khasan, a minute apart. */
    private static String sighting(int writer, int n) {
        double lat = 42.0 + (writer % 10) * 0.1 + (n % 100) * 0.001;
        double lon = 130.0 + (n % 100) * 0.001;
        return String.format(Locale.ROOT, "{\"observedAt\":\"2023-09-12T%02d:%02d+09:00\",\"lat\":%.4f,\"lon\":%.4f,"
                + "\"source\":\"load\",\"notes\":\"writer %d #%d\"}", (n / 60) % 24, n % 60, lat, lon, writer, n);
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Waits until the server used under 0.05 s of CPU in 2 s (lazy start-up work done). */
    private static void awaitIdle(String pid) throws Exception {
        long prev = cpuTicks(pid);
        while (true) {
            Thread.sleep(2000);
            long now = cpuTicks(pid);
            if (now - prev <= 5) {
                return;
            }
            prev = now;
        }
    }

    private static long cpuTicks(String pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
    }
}
