package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, finding 2: an open {@code /api/events} stream ends within one heartbeat once its credential ends, and
 * one principal may hold at most {@code WHEREABOUTS_STREAMS_PER_PRINCIPAL} streams. On main the stream went on
 * delivering changes after its session was signed out or its token replaced, and one viewer cookie opened 40
 * streams. The heartbeat is set short by configuration, so the tests wait for the stream to end, never for a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStreamsEndApiTest {
    /** The longest a test waits for something a working server does within a heartbeat (a hang guard). */
    private static final long GUARD_SECONDS = 60;
    private SignedInServer signedIn;
    private TestServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        signedIn = SignedInServer.start(dir, SecurityConfig.fromEnv(Map.of(
                "WHEREABOUTS_AUTH", "on", "WHEREABOUTS_WRITES_PER_MINUTE", "1000",
                "WHEREABOUTS_SIGN_IN_FAILURES_PER_HOUR", "1000",
                "WHEREABOUTS_EVENTS_HEARTBEAT_MS", "200", "WHEREABOUTS_STREAMS_PER_PRINCIPAL", "20")));
        server = signedIn.server;
        signedIn.user("vera", "viewer", "vera's password");
        signedIn.user("otto", "viewer", "otto's password");
        signedIn.user("many", "viewer", "many's password");
    }

    @AfterAll
    void stop() {
        signedIn.close();
    }

    private EventStreamClient stream(String header, String value) throws Exception {
        EventStreamClient s = EventStreamClient.openWith(server, header, value);
        assertThat(s.response.statusCode()).isEqualTo(200);
        assertThat(s.next("event: hello")).as("the stream opened").isNotNull();
        return s;
    }

    @Test
    void signingOutEndsTheSessionsStreamAndNoOther() throws Exception {
        String vera = signedIn.session("vera", "vera's password");
        String otto = signedIn.session("otto", "otto's password");
        try (EventStreamClient veras = stream("Cookie", vera); EventStreamClient ottos = stream("Cookie", otto)) {
            assertThat(signedIn.withCookie(vera, "DELETE", "/api/session", null).status()).isEqualTo(204);
            assertThat(veras.awaitEnd(GUARD_SECONDS)).as("the signed-out session's stream ended").isTrue();
            assertThat(ottos.next(": heartbeat")).as("another user's stream beats on").isNotNull();
            assertThat(ottos.awaitEnd(0)).isFalse();
        }
    }

    @Test
    void aNewPasswordEndsTheUsersStreams() throws Exception {
        signedIn.user("paula", "viewer", "first password");
        String paula = signedIn.session("paula", "first password");
        try (EventStreamClient s = stream("Cookie", paula)) {
            signedIn.user("paula", "viewer", "second password");
            assertThat(s.awaitEnd(GUARD_SECONDS)).isTrue();
        }
    }

    @Test
    void aReplacedOrRemovedTokenEndsItsStreams() throws Exception {
        String first = token(signedIn.cli("", "token", "create", "feed", "--role", "viewer"));
        try (EventStreamClient replaced = stream("Authorization", "Bearer " + first)) {
            String second = token(signedIn.cli("", "token", "create", "feed", "--role", "viewer"));
            assertThat(replaced.awaitEnd(GUARD_SECONDS)).as("the replaced token's stream ended").isTrue();
            try (EventStreamClient removed = stream("Authorization", "Bearer " + second)) {
                signedIn.cli("", "token", "remove", "feed");
                assertThat(removed.awaitEnd(GUARD_SECONDS)).as("the removed token's stream ended").isTrue();
            }
        }
    }

    @Test
    void theTwentyFirstStreamOfOnePrincipalIsRefusedUntilOneCloses() throws Exception {
        String many = signedIn.session("many", "many's password");
        List<EventStreamClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                open.add(stream("Cookie", many));
            }
            try (EventStreamClient refused = EventStreamClient.openWith(server, "Cookie", many)) {
                assertThat(refused.response.statusCode()).isEqualTo(429);
                assertThat(refused.response.headers().firstValue("Retry-After")).hasValue("1");
                JsonNode error = TestServer.parse(String.join("\n", drain(refused)));
                assertThat(error.get("error").asText()).isEqualTo("rate_limited");
                assertThat(error.has("field")).isTrue();
                assertThat(error.get("message").asText()).contains("20 event streams");
            }
            // another principal is not held back by this one's streams
            String otto = signedIn.session("otto", "otto's password");
            try (EventStreamClient ottos = stream("Cookie", otto)) {
                assertThat(ottos.response.statusCode()).isEqualTo(200);
            }
            // a stream the client closes gives its place back once the server notices (at the next heartbeat)
            open.remove(0).close();
            EventStreamClient again = null;
            for (int attempt = 0; attempt < 300 && again == null; attempt++) {
                EventStreamClient s = EventStreamClient.openWith(server, "Cookie", many);
                if (s.response.statusCode() == 200) {
                    again = s;
                } else {
                    s.close();
                    assertThat(open.get(0).next(": heartbeat")).isNotNull(); // wait one beat, then try again
                }
            }
            assertThat(again).as("a place came free").isNotNull();
            open.add(again);
        } finally {
            for (EventStreamClient s : open) {
                s.close();
            }
        }
    }

    private static List<String> drain(EventStreamClient s) throws Exception {
        assertThat(s.awaitEnd(GUARD_SECONDS)).isTrue();
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = s.nextLine(0)) != null) {
            lines.add(line);
        }
        return lines;
    }

    /** The token in the command line's output (its last line). */
    private static String token(String output) {
        return output.substring(output.lastIndexOf('\n') + 1).trim();
    }
}
