import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event-stream load: opens STREAMS Server-Sent-Event streams on a running server, then posts WRITES sightings at
 * RATE per second and reports the POST latency (p50/p99) and how many streams received every change, in order.
 * Single-file program (Java 17): java bench/load/SseLoad.java http://127.0.0.1:7070 2000 200 100 [SERVER_PID]
 * With the server's process id (same machine) it also reports the server's resident memory before the streams
 * were opened, once they are open, and at the end, and the growth per stream.
 */
public class SseLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int streams = Integer.parseInt(args[1]);
        int writes = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        long pid = args.length > 4 ? Long.parseLong(args[4]) : -1;
        long rssBefore = rssKb(pid);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        List<Counter> counters = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            Counter c = new Counter();
            counters.add(c);
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/events"))
                            .header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(c));
            if (i % 500 == 499) {
                waitUntil(() -> counters.stream().filter(x -> x.hello).count() >= counters.size() - 50);
            }
        }
        waitUntil(() -> counters.stream().allMatch(x -> x.hello));
        long rssOpen = rssKb(pid);
        System.out.printf("%d streams open%n", streams);
        String track = http.send(post(base + "/api/tracks", "{\"name\":\"load\"}"),
                HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"id\":(\\d+).*", "$1");
        long[] latencies = new long[writes];
        long start = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            long due = start + (long) (i * 1e9 / rate);
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(post(base + "/api/tracks/" + track + "/sightings",
                    "{\"observedAt\":\"2023-09-12T06:00+10:00\",\"lat\":42.4,\"lon\":130.6,\"source\":\"load\"}"),
                    HttpResponse.BodyHandlers.ofString());
            latencies[i] = System.nanoTime() - t0;
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.body());
            }
        }
        int expected = writes + 1; // the track and every sighting
        waitUntil(() -> counters.stream().allMatch(c -> c.changes.get() >= expected || c.failed));
        long complete = counters.stream().filter(c -> c.changes.get() == expected && c.inOrder).count();
        long dropped = counters.stream().filter(c -> c.failed).count();
        Arrays.sort(latencies);
        System.out.printf("streams=%d writes=%d rate=%d/s POST p50=%.1f ms p99=%.1f ms max=%.1f ms;"
                        + " streams with every change in order: %d of %d (%d dropped by the server)%n", streams, writes, rate,
                latencies[writes / 2] / 1e6, latencies[(int) (writes * 0.99)] / 1e6, latencies[writes - 1] / 1e6,
                complete, streams, dropped);
        if (pid > 0) {
            long rssEnd = rssKb(pid);
            System.out.printf("server RSS: %d MB before, %d MB with the streams open, %d MB at the end;"
                            + " %.1f KB per stream (open - before)%n", rssBefore / 1024, rssOpen / 1024,
                    rssEnd / 1024, streams == 0 ? 0.0 : (rssOpen - rssBefore) / (double) streams);
        }
        System.exit(0);
    }

    /** Resident memory of a process in KB (Linux), -1 when not asked for. */
    static long rssKb(long pid) throws java.io.IOException {
        if (pid <= 0) {
            return -1;
        }
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }

    /** Counts the change events of one stream and checks their ids increase. */
    static final class Counter implements Flow.Subscriber<String> {
        volatile boolean hello;
        volatile boolean failed;
        volatile boolean inOrder = true;
        final AtomicInteger changes = new AtomicInteger();
        final AtomicLong lastId = new AtomicLong();

        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        public void onNext(String line) {
            if (line.startsWith("event: hello")) {
                hello = true;
            } else if (line.startsWith("event: change")) {
                changes.incrementAndGet();
            } else if (line.startsWith("id: ")) {
                int at = line.indexOf('@'); // <sequence>@<server> (before catch-up: <sequence>)
                long id = Long.parseLong(line.substring(4, at < 0 ? line.length() : at).trim());
                if (id <= lastId.get()) {
                    inOrder = false;
                }
                lastId.set(id);
            }
        }

        public void onError(Throwable t) {
            failed = true;
        }

        public void onComplete() {
            failed = true;
        }
    }
}
