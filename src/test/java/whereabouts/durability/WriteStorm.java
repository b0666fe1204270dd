package whereabouts.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import whereabouts.json.Json;

/**
 * Concurrent writers posting sightings to one track as fast as the server answers; every fourth sighting is
 * then edited once. Records what the server acknowledged: each id with a 201, and each edit's revision with a
 * 200. Writers stop at {@link #stop()} or when the server stops answering (it was killed).
 */
final class WriteStorm {
    private final String baseUrl;
    private final long trackId;
    private final ObjectMapper json = Json.newMapper();
    /** Acknowledged sighting id → the latest acknowledged revision of it. */
    private final Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgedWrites = new AtomicInteger();
    private final AtomicLong firstAckNanos = new AtomicLong();
    private final AtomicLong lastAckNanos = new AtomicLong();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopped;

    WriteStorm(String baseUrl, long trackId) {
        this.baseUrl = baseUrl;
        this.trackId = trackId;
    }

    void start(int writerCount) {
        for (int w = 0; w < writerCount; w++) {
            int writer = w;
            Thread t = new Thread(() -> write(writer), "writer-" + w);
            writers.add(t);
            t.start();
        }
    }

    private void write(int writer) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String path = baseUrl + "/api/tracks/" + trackId + "/sightings";
        for (int n = 0; !stopped; n++) {
            try {
                String body = sighting(writer, n, "writer " + writer + " #" + n);
                HttpResponse<String> created = http.send(request(path).POST(
                        HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("POST answered " + created.statusCode() + ": " + created.body());
                }
                long id = json.readTree(created.body()).get("id").asLong();
                acknowledge(id, 1);
                if (n % 4 == 0) {
                    HttpResponse<String> edited = http.send(request(path + "/" + id).PUT(
                            HttpRequest.BodyPublishers.ofString(sighting(writer, n, "edited"))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (edited.statusCode() != 200) {
                        throw new IllegalStateException("PUT answered " + edited.statusCode() + ": " + edited.body());
                    }
                    JsonNode e = json.readTree(edited.body());
                    acknowledge(id, e.get("revision").asInt());
                }
            } catch (IOException e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void acknowledge(long id, int revision) {
        acknowledged.merge(id, revision, Math::max);
        long now = System.nanoTime();
        firstAckNanos.compareAndSet(0, now);
        lastAckNanos.set(now);
        acknowledgedWrites.incrementAndGet();
        synchronized (this) {
            notifyAll();
        }
    }

    /** Waits until {@code count} writes were acknowledged; false when the writers all stopped first. */
    synchronized boolean awaitWrites(int count) throws InterruptedException {
        while (acknowledgedWrites.get() < count) {
            if (writers.stream().noneMatch(Thread::isAlive)) {
                return false;
            }
            wait(1000);
        }
        return true;
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
    }

    private static String sighting(int writer, int n, String notes) {
        double lat = 42.0 + (writer % 10) * 0.1 + (n % 100) * 0.001;
        double lon = 130.0 + (n % 100) * 0.001;
        int minute = n % 60;
        return String.format(java.util.Locale.ROOT, "{\"observedAt\":\"2023-09-12T%02d:%02d+09:00\","
                + "\"lat\":%.4f,\"lon\":%.4f,\"source\":\"storm\",\"notes\":\"%s\"}", writer % 24, minute, lat, lon,
                notes);
    }

    /** Acknowledged writes (POSTs and PUTs) so far. */
    int acknowledgedWrites() {
        return acknowledgedWrites.get();
    }

    /** Acknowledged writes per second between the first and the last acknowledgement. */
    double writesPerSecond() {
        double seconds = (lastAckNanos.get() - firstAckNanos.get()) / 1e9;
        return seconds <= 0 ? 0 : acknowledgedWrites.get() / seconds;
    }

    /** Acknowledged sighting ids with the latest acknowledged revision of each. */
    Map<Long, Integer> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    void stop() {
        stopped = true;
    }

    /** Waits until every writer has stopped (after {@link #stop()} or the server's death). */
    void join() throws InterruptedException {
        for (Thread t : writers) {
            t.join();
        }
    }
}
