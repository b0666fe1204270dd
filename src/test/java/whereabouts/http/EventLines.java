package whereabouts.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** An open {@code /api/events} stream whose lines a daemon thread collects into {@link #lines}. */
final class EventLines implements AutoCloseable {
    final HttpResponse<InputStream> response;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private EventLines(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the stream ends when the test closes it or the server
            }
        }, "event-lines");
        reader.setDaemon(true);
        reader.start();
    }

    static EventLines open(URI uri) {
        try {
            return new EventLines(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
