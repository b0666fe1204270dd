package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.RequestLimits;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, finding 1, end to end: a principal's heavy requests are bounded (WHEREABOUTS_HEAVY_PER_PRINCIPAL) in a
 * real server, 429 with Retry-After in our error shape beyond, while another principal is served. On main nothing
 * limited them (four 20 MB imports ran at once). The slot is held by an import whose upload has not finished
 * arriving (the handler waits for the rest of the body in its slot); the test waits for the refusal, never a time.
 */
class HeavySlotsApiTest {
    @Test
    void aSecondHeavyRequestOfOnePrincipalIsRefusedWhileAnotherIsServed(@TempDir Path dir) throws Exception {
        SecurityConfig security = SecurityConfig.defaults().withAuth(true, false).withLimits(1000, 1000)
                .withLimits(RequestLimits.defaults().withHeavy(Duration.ofMinutes(5), 1, 4, 16));
        try (SignedInServer signedIn = SignedInServer.start(dir, security)) {
            String alice = "Bearer " + token(signedIn.cli("", "token", "create", "alice-bot", "--role", "editor"));
            String bob = "Bearer " + token(signedIn.cli("", "token", "create", "bob-bot", "--role", "editor"));
            TestServer.Reply created = signedIn.as("Authorization", alice, "POST", "/api/tracks", "{\"name\":\"Slots\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            String export = "/api/tracks/" + id + "/export?format=geojson";
            assertThat(signedIn.as("Authorization", alice, "GET", export, null).status()).isEqualTo(200);

            Socket upload = slowUpload(signedIn.server.port(), alice, id);
            try {
                TestServer.Reply refused = null;
                for (int attempt = 0; attempt < 1000 && refused == null; attempt++) {
                    if (upload.getInputStream().available() > 0) { // it came while an export held the slot: again
                        upload.close();
                        upload = slowUpload(signedIn.server.port(), alice, id);
                    }
                    TestServer.Reply r = signedIn.as("Authorization", alice, "GET", export, null);
                    refused = r.status() == 429 ? r : null;
                }
                assertThat(refused).as("alice's second heavy request is refused").isNotNull();
                assertThat(refused.json().get("error").asText()).isEqualTo("rate_limited");
                assertThat(refused.json().has("field")).isTrue();
                assertThat(refused.json().get("message").asText()).isNotBlank();
                assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();

                assertThat(signedIn.as("Authorization", bob, "GET", export, null).status())
                        .as("another principal is served").isEqualTo(200);
            } finally {
                upload.close();
            }
            // the upload is gone: its slot comes free
            TestServer.Reply again = null;
            for (int attempt = 0; attempt < 1000 && again == null; attempt++) {
                TestServer.Reply r = signedIn.as("Authorization", alice, "GET", export, null);
                again = r.status() == 200 ? r : null;
            }
            assertThat(again).as("alice is served again").isNotNull();
        }
    }

    /** An import whose upload has begun and whose other 99,9xx bytes never come while the test runs. */
    private static Socket slowUpload(int port, String authorization, long trackId) throws java.io.IOException {
        Socket upload = new Socket("127.0.0.1", port);
        String part = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nobservedAt,lat,lon,source\r\n";
        OutputStream out = upload.getOutputStream();
        out.write(("POST /api/tracks/" + trackId + "/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + authorization + "\r\nContent-Type: multipart/form-data; boundary=b0undary\r\n"
                + "Content-Length: 100000\r\n\r\n" + part).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return upload;
    }

    private static String token(String output) {
        return output.substring(output.lastIndexOf('\n') + 1).trim();
    }
}
