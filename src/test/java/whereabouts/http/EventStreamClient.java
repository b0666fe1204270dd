package whereabouts.http;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listener on {@code /api/events}: the stream's lines, read by a background thread, taken in order. */
final class EventStreamClient implements AutoCloseable {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    final HttpResponse<InputStream> response;

    private EventStreamClient(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the stream ends when the test closes it or the server
            } finally {
                ended.countDown();
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static EventStreamClient open(TestServer server) throws Exception {
        return new EventStreamClient(HttpClient.newHttpClient().send(request(server).build(),
                HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** A stream that resumes after the event {@code lastEventId}, as a reconnecting EventSource asks. */
    static EventStreamClient resume(TestServer server, String lastEventId) throws Exception {
        return new EventStreamClient(HttpClient.newHttpClient().send(
                request(server).header("Last-Event-ID", lastEventId).build(),
                HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** A stream opened with one extra header (a session cookie, say). */
    static EventStreamClient openWith(TestServer server, String header, String value) throws Exception {
        return new EventStreamClient(HttpClient.newHttpClient().send(request(server).header(header, value).build(),
                HttpResponse.BodyHandlers.ofInputStream()));
    }

    private static HttpRequest.Builder request(TestServer server) {
        return HttpRequest.newBuilder(server.uri("/api/events")).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30));
    }

    /** The next line, whatever it is, or null after {@code timeoutSeconds} without one. */
    String nextLine(long timeoutSeconds) throws InterruptedException {
        return lines.poll(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** The next line starting with {@code prefix} (others are skipped), or null after 10 s without one. */
    String next(String prefix) throws InterruptedException {
        return next(prefix, 10);
    }

    /** The next line starting with {@code prefix}, or null after {@code seconds} without one. */
    String next(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /**
     * Waits until the server ends the stream; false when it is still open after {@code seconds} (a hang guard: a
     * test passes the longest a working server could take, many times over).
     */
    boolean awaitEnd(long seconds) throws InterruptedException {
        return ended.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        response.body().close();
    }
}
