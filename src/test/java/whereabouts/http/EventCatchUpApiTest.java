package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that reconnects with {@code Last-Event-ID} gets exactly the changes it missed, in order, then live
 * ones; an id this server does not know gets a hello that says changes were missed.
 */
class EventCatchUpApiTest extends ApiTestBase {

    @Test
    void aReconnectingClientGetsExactlyTheChangesItMissedInOrderThenLiveOnes() throws Exception {
        String lastId;
        long seen;
        try (EventStreamClient events = EventStreamClient.open(server)) {
            assertThat(events.next("event: hello")).isNotNull();
            long trackId = createTrack("Before");
            lastId = events.next("id: ").substring(4);
            seen = sequenceIn(events.next("data: "));
            assertThat(lastId).startsWith(seen + "@");
            assertThat(trackId).isPositive();
        }

        List<Long> missed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missed.add(createTrack("While away " + i));
        }

        try (EventStreamClient events = EventStreamClient.resume(server, lastId)) {
            assertThat(events.next("event: hello")).isNotNull();
            assertThat(events.next("data: ")).isEqualTo("data: {\"lastSequence\":" + seen + "}");
            for (int i = 0; i < missed.size(); i++) {
                assertThat(events.next("id: ")).isEqualTo("id: " + (seen + 1 + i) + lastId.substring(lastId.indexOf('@')));
                String data = events.next("data: ");
                assertThat(data).contains("\"type\":\"track-created\"").contains("\"trackId\":" + missed.get(i));
                assertThat(sequenceIn(data)).isEqualTo(seen + 1 + i);
            }
            long live = createTrack("Live again");
            String data = events.next("data: ");
            assertThat(data).contains("\"trackId\":" + live);
            assertThat(sequenceIn(data)).isEqualTo(seen + 1 + missed.size());
        }
    }

    @Test
    void anIdFromAnotherServerOrRunGetsAHelloThatSaysChangesWereMissed() throws Exception {
        createTrack("Some change");
        try (EventStreamClient events = EventStreamClient.resume(server, "1@elsewhere")) {
            assertThat(events.next("event: hello")).isNotNull();
            assertThat(events.next("data: ")).contains("\"missed\":true");
        }
        try (EventStreamClient events = EventStreamClient.resume(server, "not an id")) {
            assertThat(events.next("event: hello")).isNotNull();
            assertThat(events.next("data: ")).contains("\"missed\":true");
        }
    }

    private long createTrack(String name) {
        return server.postJson("/api/tracks", Map.of("name", name)).json().get("id").asLong();
    }

    private static long sequenceIn(String dataLine) {
        return Long.parseLong(dataLine.replaceAll(".*\"sequence\":(\\d+).*", "$1"));
    }
}
