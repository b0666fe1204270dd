package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** {@code /api/events} without {@code Accept: text/event-stream} (plain curl -N) is a 406 that says what to send. */
class EventsAcceptApiTest extends ApiTestBase {
    @Test
    void curlWithoutTheAcceptHeaderIsTold406InTheErrorShape() {
        for (String accept : new String[] {"*/*", "application/json", null}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/events")).GET();
            if (accept != null) {
                request.header("Accept", accept);
            }
            TestServer.Reply r = server.send(request);
            assertThat(r.status()).as(String.valueOf(accept)).isEqualTo(406);
            assertThat(r.json().get("error").asText()).isEqualTo("not_acceptable");
            assertThat(r.json().get("field").asText()).isEqualTo("Accept");
            assertThat(r.json().get("message").asText()).contains("Accept: text/event-stream");
        }
    }
}
