package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.SecurityConfig;

/**
 * Watched tracks and their alerts (sign-in on, demo loaded): an implausible sighting on a watched track, and one
 * that makes two watched subjects possibly meet, reach the watching user's event stream as {@code alert} events,
 * and nobody else's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchAlertsApiTest {
    private SignedInServer signedIn;
    private TestServer server;
    private String alice;
    private String bob;

    @BeforeAll
    void start(@TempDir Path dir) {
        signedIn = SignedInServer.start(dir, true, SecurityConfig.defaults().withAuth(true, false).withLimits(1000, 5));
        server = signedIn.server;
        signedIn.user("alice", "editor", "alice's password");
        signedIn.user("bob", "viewer", "bob's password");
        alice = signedIn.session("alice", "alice's password");
        bob = signedIn.session("bob", "bob's password");
    }

    @AfterAll
    void stop() {
        signedIn.close();
    }

    private TestServer.Reply as(String cookie, String method, String path, String json) {
        return signedIn.withCookie(cookie, method, path, json, "Origin", server.url());
    }

    private long track(String prefix) {
        for (JsonNode t : as(alice, "GET", "/api/tracks", null).json()) {
            if (t.get("name").asText().startsWith(prefix)) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError(prefix);
    }

    private static JsonNode nextAlert(EventStreamClient stream) throws Exception {
        assertThat(stream.next("event: alert", 120)).as("an alert event").isNotNull();
        return TestServer.parse(stream.next("data: ").substring("data: ".length()));
    }

    @Test
    void watchingNeedsASignedInUserAndAnExistingTrack() {
        assertThat(server.get("/api/watches").status()).isEqualTo(401);
        assertThat(as(bob, "PUT", "/api/watches/999999", null).status()).isEqualTo(404);
        long plane = track("Putin's plane");
        TestServer.Reply watched = as(bob, "PUT", "/api/watches/" + plane, null);
        assertThat(watched.status()).as(watched.body()).isEqualTo(200);
        assertThat(watched.json().get("tracks").get(0).asLong()).isEqualTo(plane);
        assertThat(as(bob, "DELETE", "/api/watches/" + plane, null).json().get("tracks")).isEmpty();
    }

    @Test
    void implausibleAndMeetingSightingsAlertTheWatcherOnly() throws Exception {
        long train = track("Kim Jong Un's armoured train in Russia");
        long plane = track("Putin's plane");
        assertThat(as(alice, "PUT", "/api/watches/" + train, null).status()).isEqualTo(200);
        assertThat(as(alice, "PUT", "/api/watches/" + plane, null).json().get("tracks")).hasSize(2);
        try (EventStreamClient aliceStream = EventStreamClient.openWith(server, "Cookie", alice);
             EventStreamClient bobStream = EventStreamClient.openWith(server, "Cookie", bob)) {
            assertThat(aliceStream.next("event: hello")).isNotNull();
            assertThat(bobStream.next("event: hello")).isNotNull();

            // Putin reported in Moscow an hour after the Vostochny summit: 5,000 km in an hour by plane
            TestServer.Reply moscow = as(alice, "POST", "/api/tracks/" + plane + "/sightings",
                    "{\"observedAt\":\"2023-09-13T13:30+09:00\",\"lat\":55.7558,\"lon\":37.6173,"
                            + "\"source\":\"test: a wrong report\"}");
            assertThat(moscow.status()).as(moscow.body()).isEqualTo(201);
            JsonNode implausible = nextAlert(aliceStream);
            assertThat(implausible.get("kind").asText()).isEqualTo("implausible");
            assertThat(implausible.get("trackId").asLong()).isEqualTo(plane);
            assertThat(implausible.get("message").asText()).contains("implausible");
            assertThat(as(alice, "DELETE", "/api/tracks/" + plane + "/sightings/"
                    + moscow.json().get("id").asLong(), null).status()).isEqualTo(200);

            // the plane at Khabarovsk on the evening of 14 Sep, when the train passes on its way to Komsomolsk
            TestServer.Reply khabarovsk = as(alice, "POST", "/api/tracks/" + plane + "/sightings",
                    "{\"observedAt\":\"2023-09-14T20:00+10:00\",\"lat\":48.4827,\"lon\":135.0838,"
                            + "\"locationUncertaintyKm\":10,\"source\":\"test: a made-up report\"}");
            assertThat(khabarovsk.status()).as(khabarovsk.body()).isEqualTo(201);
            JsonNode meeting = nextAlert(aliceStream);
            assertThat(meeting.get("kind").asText()).isEqualTo("meeting");
            assertThat(meeting.get("otherTrackId").asLong()).isEqualTo(train);
            assertThat(meeting.get("from").asText()).startsWith("2023-09-1");

            // bob watches nothing: his stream sees the changes, and no alert before the last of them
            String marker = bobStream.next("event: change");
            assertThat(marker).isNotNull();
            String line;
            int changes = 1;
            while (changes < 3 && (line = bobStream.next("event: ", 60)) != null) {
                assertThat(line).isNotEqualTo("event: alert");
                changes += line.equals("event: change") ? 1 : 0;
            }
            assertThat(changes).isEqualTo(3);
        }
    }
}
