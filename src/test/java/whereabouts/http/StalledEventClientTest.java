package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.SecurityConfig;

/**
 * A client that stops reading (a laptop gone to sleep) holds up no one, even once its socket is full: changes are
 * posted until the server's {@code /api/health} says a stream waits for its client, and then a reading client still
 * gets every change, in order. (With blocking writes the sender thread stuck on the full socket held every stream
 * until the connection timed out, 30 s later.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StalledEventClientTest {
    /** Changes are posted in rounds of this many, four at a time, until the stalled client's socket is full. */
    static final int ROUND = 500;
    /** Far more than any loopback socket buffers (about 1.7 MB, 15,000 changes, on the machine it was written on). */
    static final int MAX_CHANGES = 100_000;
    private TestServer server;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        server = TestServer.start(dataDir, false, SecurityConfig.defaults().withLimits(10_000_000, 20));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aClientWhoseSocketIsFullHoldsUpNoOne() throws Exception {
        URI uri = server.uri("/api/events");
        try (Socket stalled = new Socket(); EventStreamClient reading = EventStreamClient.open(server)) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
            stalled.getOutputStream().write(("GET /api/events HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(reading.nextLine(30)).isEqualTo("event: hello");

            ExecutorService writers = Executors.newFixedThreadPool(4);
            int posted = 0;
            try {
                while (streams().get("waitingForClient").asInt() == 0) {
                    assertThat(posted).as("changes posted without the stalled client's socket filling up")
                            .isLessThan(MAX_CHANGES);
                    List<Future<Integer>> round = new ArrayList<>();
                    for (int i = 0; i < ROUND; i++) {
                        String name = "change " + (posted + i);
                        round.add(writers.submit(() -> server.postJson("/api/tracks", Map.of("name", name)).status()));
                    }
                    for (Future<Integer> status : round) {
                        assertThat(status.get()).isEqualTo(201);
                    }
                    posted += ROUND;
                }
            } finally {
                writers.shutdown();
            }
            assertThat(streams().get("open").asInt()).as("the stalled stream and the reading one").isEqualTo(2);
            // one more change, made while the stalled client's socket is full
            assertThat(server.postJson("/api/tracks", Map.of("name", "the last one")).status()).isEqualTo(201);
            posted++;

            long last = 0;
            for (int received = 0; received < posted; ) {
                String line = reading.nextLine(20);
                assertThat(line).as("change %d of %d reached the reading client", received + 1, posted).isNotNull();
                if (line.startsWith("id: ")) {
                    long id = Long.parseLong(line.substring(4, line.indexOf('@')));
                    assertThat(id).isGreaterThan(last);
                    last = id;
                    received++;
                }
            }
        }
    }

    private com.fasterxml.jackson.databind.JsonNode streams() {
        return server.get("/api/health").json().get("eventStreams");
    }
}
