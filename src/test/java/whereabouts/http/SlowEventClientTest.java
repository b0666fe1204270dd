package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading its event stream never holds up the writers or the other streams, which receive
 * every change in order. (Dropping it once its backlog is full only happens when the kernel's socket buffers are
 * full too, which takes far more changes than a test should post.)
 */
class SlowEventClientTest extends ApiTestBase {
    static final int CHANGES = EventsController.BACKLOG_CAPACITY * 5;

    @Test
    void aStalledStreamIsDroppedAndTheOthersGetEveryChangeInOrder() throws Exception {
        URI uri = server.uri("/api/events");
        Socket stalled = new Socket();
        stalled.setReceiveBufferSize(1024);
        stalled.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
        stalled.getOutputStream().write(("GET /api/events HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

        EventStreamClient reading = EventStreamClient.open(server);
        assertThat(reading.nextLine(30)).isEqualTo("event: hello");

        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < CHANGES; i++) {
                String name = "change " + i;
                posts.add(writers.submit(() -> server.postJson("/api/tracks", Map.of("name", name)).status()));
            }
            for (Future<Integer> p : posts) {
                assertThat(p.get()).isEqualTo(201);
            }
        } finally {
            writers.shutdown();
        }

        List<Long> ids = new ArrayList<>();
        while (ids.size() < CHANGES) {
            String line = reading.nextLine(60);
            assertThat(line).as("change " + ids.size() + " of " + CHANGES + " reached the reading client").isNotNull();
            if (line.startsWith("id: ")) {
                ids.add(Long.parseLong(line.substring(4, line.indexOf('@'))));
            }
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        reading.close();

        stalled.close();
    }
}
