package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import whereabouts.http.TestServer.Reply;

/** The sightings API against a real server and database: the happy paths, history, and every bad input. */
class SightingsApiTest extends ApiTestBase {
    long trackId;

    @BeforeEach
    void newTrack() {
        Reply r = server.postJson("/api/tracks", Map.of("name", "Test train"));
        assertThat(r.status()).isEqualTo(201);
        trackId = r.json().get("id").asLong();
    }

    static Map<String, Object> khasan() {
        Map<String, Object> m = new HashMap<>();
        m.put("observedAt", "2023-09-12T06:00+10:00");
        m.put("timeUncertaintyMinutes", 180);
        m.put("place", "Khasan");
        m.put("lat", 42.42387);
        m.put("lon", 130.65156);
        m.put("locationUncertaintyKm", 2);
        m.put("source", "TBS citing Russian regional officials");
        m.put("sourceUrl", "https://example.org/tbs");
        m.put("confidence", "reported");
        m.put("kind", "sighting");
        m.put("notes", "early Tuesday");
        return m;
    }

    String sightings() {
        return "/api/tracks/" + trackId + "/sightings";
    }

    @Test
    void createAsJsonKeepsEveryFieldAndTheOffset() {
        Reply r = server.postJson(sightings(), khasan());
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/sightings/" + r.json().get("id").asLong());
        assertThat(r.json().get("observedAt").asText()).isEqualTo("2023-09-12T06:00+10:00");
        assertThat(r.json().get("observedAtUtc").asText()).isEqualTo("2023-09-11T20:00:00Z");
        assertThat(r.json().get("lat").asDouble()).isEqualTo(42.42387);
        assertThat(r.json().get("source").asText()).isEqualTo("TBS citing Russian regional officials");
        assertThat(r.json().get("revision").asInt()).isEqualTo(1);
        Reply list = server.get(sightings());
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("place").asText()).isEqualTo("Khasan");
    }

    @Test
    void createAsHtmlFormWithBlankOptionalFields() {
        Reply r = server.postForm(sightings(), Map.of("observedAt", "2023-09-10T15:00+09:00", "lat", "39.03385",
                "lon", "125.75432", "source", "KCNA", "place", "Pyongyang", "notes", "", "sourceUrl", ""));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("notes").isNull()).isTrue();
        assertThat(r.json().get("confidence").asText()).isEqualTo("reported");
        assertThat(r.json().get("kind").asText()).isEqualTo("sighting");
    }

    @Test
    void anUnencodedPlusBeforeTheOffsetInAFormIsUnderstood() {
        // curl -d 'observedAt=2023-09-12T06:00+10:00' sends the '+' raw, and form decoding turns it into a space
        TestServer.Reply r = server.postRaw(sightings(), "application/x-www-form-urlencoded",
                "observedAt=2023-09-12T06:00+10:00&lat=42.42387&lon=130.65156&source=TBS");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("observedAt").asText()).isEqualTo("2023-09-12T06:00+10:00");
    }

    @Test
    void listIsInTimeOrderWhateverTheOffsets() {
        Map<String, Object> later = khasan();
        Map<String, Object> earlier = khasan();
        earlier.put("observedAt", "2023-09-12T05:30+11:00"); // 18:30Z on the 11th, before 20:00Z
        server.postJson(sightings(), later);
        server.postJson(sightings(), earlier);
        Reply list = server.get(sightings());
        assertThat(list.json().get(0).get("observedAt").asText()).isEqualTo("2023-09-12T05:30+11:00");
        assertThat(list.json().get(1).get("observedAt").asText()).isEqualTo("2023-09-12T06:00+10:00");
    }

    @Test
    void editKeepsTheEarlierRevisionInHistory() {
        long id = server.postJson(sightings(), khasan()).json().get("id").asLong();
        Map<String, Object> edited = khasan();
        edited.put("notes", "corrected: 05:40 local");
        Reply put = server.putJson(sightings() + "/" + id, edited);
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("revision").asInt()).isEqualTo(2);
        Reply history = server.get(sightings() + "/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        assertThat(history.json().get(0).get("action").asText()).isEqualTo("created");
        assertThat(history.json().get(0).get("sighting").get("notes").asText()).isEqualTo("early Tuesday");
        assertThat(history.json().get(1).get("action").asText()).isEqualTo("updated");
        assertThat(history.json().get(1).get("sighting").get("notes").asText()).isEqualTo("corrected: 05:40 local");
    }

    @Test
    void deleteIsSoftAndKeepsHistory() {
        long id = server.postJson(sightings(), khasan()).json().get("id").asLong();
        Reply del = server.delete(sightings() + "/" + id);
        assertThat(del.status()).isEqualTo(200);
        assertThat(server.get(sightings()).json()).isEmpty();
        assertThat(server.get(sightings() + "/" + id).status()).isEqualTo(404);
        Reply history = server.get(sightings() + "/" + id + "/history");
        assertThat(history.json()).hasSize(2);
        assertThat(history.json().get(1).get("action").asText()).isEqualTo("deleted");
        assertThat(history.json().get(1).get("sighting").get("source").asText())
                .isEqualTo("TBS citing Russian regional officials");
        assertThat(server.delete(sightings() + "/" + id).status()).isEqualTo(404);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                // issue #25: "2023-09-12T06:00" at Khasan is now Khasan's local time (SightingChecksApiTest covers
                // it, and missing_offset where the place's zone is unknown)
                Arguments.of("observedAt", "Tuesday morning", "invalid_field", "ISO-8601"),
                Arguments.of("observedAt", null, "missing_field", "required"),
                Arguments.of("lat", 91, "invalid_field", "[-90, 90]"),
                Arguments.of("lat", "NaN", "invalid_field", "finite"),
                Arguments.of("lon", -180.5, "invalid_field", "[-180, 180]"),
                Arguments.of("lon", "Infinity", "invalid_field", "finite"),
                Arguments.of("lat", "north", "invalid_field", "must be a number"),
                Arguments.of("source", null, "missing_field", "required"),
                Arguments.of("source", "x".repeat(201), "invalid_field", "at most 200"),
                Arguments.of("sourceUrl", "javascript:alert(1)", "invalid_field", "http or https"),
                Arguments.of("sourceUrl", "ftp://example.org/x", "invalid_field", "http or https"),
                Arguments.of("confidence", "certain", "invalid_field", "confirmed, reported, unverified"),
                Arguments.of("kind", "rumour", "invalid_field", "sighting, expected"),
                Arguments.of("notes", "n".repeat(2001), "invalid_field", "at most 2000"),
                Arguments.of("timeUncertaintyMinutes", 10_081, "invalid_field", "0–10080"),
                Arguments.of("timeUncertaintyMinutes", -1, "invalid_field", "0–10080"),
                Arguments.of("timeUncertaintyMinutes", "1.5", "invalid_field", "whole number"),
                Arguments.of("locationUncertaintyKm", 1000.1, "invalid_field", "[0, 1000]"),
                Arguments.of("locationUncertaintyKm", -0.1, "invalid_field", "[0, 1000]"),
                Arguments.of("place", "Kha\u0007san", "invalid_field", "control character"),
                Arguments.of("observed_at", "2023-09-12T06:00Z", "unknown_field", "Unknown field"));
    }

    @ParameterizedTest(name = "{0} = {1} → 400 {2}")
    @MethodSource("badFields")
    void badFieldIsRejectedAndNothingIsStored(String field, Object value, String code, String messagePart) {
        Map<String, Object> body = khasan();
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        String before = server.get(sightings()).body();
        Reply r = server.postJson(sightings(), body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo(code);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("message").asText()).contains(messagePart);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(server.get(sightings()).body()).isEqualTo(before);
    }

    @Test
    void latWithoutLonIsRejected() {
        Map<String, Object> body = khasan();
        body.remove("lon");
        assertRejected(server.postJson(sightings(), body), 400, "missing_field", "lon");
    }

    @Test
    void malformedJsonIs400() {
        assertRejected(server.postRaw(sightings(), "application/json", "{\"observedAt\": "), 400,
                "malformed_json", null);
        assertRejected(server.postRaw(sightings(), "application/json", "[1, 2]"), 400, "malformed_json", null);
    }

    @Test
    void nonScalarJsonValueIs400() {
        Map<String, Object> body = khasan();
        body.put("lat", java.util.List.of(1, 2));
        assertRejected(server.postJson(sightings(), body), 400, "invalid_field", "lat");
    }

    @Test
    void unsupportedContentTypeIs415() {
        assertRejected(server.postRaw(sightings(), "text/plain", "observedAt=2023"), 415,
                "unsupported_media_type", null);
        assertRejected(server.postRaw(sightings(), "application/xml", "<a/>"), 415, "unsupported_media_type", null);
    }

    @Test
    void bodyOver64KiBIs413WithOrWithoutContentLength() {
        Map<String, Object> body = khasan();
        body.put("notes", "n".repeat(70_000));
        assertRejected(server.postJson(sightings(), body), 413, "body_too_large", null);
        byte[] big = ("{\"notes\":\"" + "n".repeat(70_000) + "\"}").getBytes();
        Reply chunked = server.send(HttpRequest.newBuilder(server.uri(sightings()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertRejected(chunked, 413, "body_too_large", null);
    }

    @Test
    void unknownTrackOrSightingIs404() {
        assertRejected(server.postJson("/api/tracks/999999/sightings", khasan()), 404, "not_found", "trackId");
        assertRejected(server.get("/api/tracks/999999/sightings"), 404, "not_found", "trackId");
        assertRejected(server.get("/api/tracks/abc/sightings"), 404, "not_found", "trackId");
        assertRejected(server.putJson(sightings() + "/999999", khasan()), 404, "not_found", "sightingId");
        assertRejected(server.delete(sightings() + "/999999"), 404, "not_found", "sightingId");
        assertRejected(server.get(sightings() + "/999999/history"), 404, "not_found", "sightingId");
    }

    @Test
    void badEditChangesNothing() {
        long id = server.postJson(sightings(), khasan()).json().get("id").asLong();
        Map<String, Object> bad = khasan();
        bad.put("lat", 123);
        assertRejected(server.putJson(sightings() + "/" + id, bad), 400, "invalid_field", "lat");
        assertThat(server.get(sightings() + "/" + id).json().get("revision").asInt()).isEqualTo(1);
        assertThat(server.get(sightings() + "/" + id + "/history").json()).hasSize(1);
    }

    private void assertRejected(Reply r, int status, String code, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).isEqualTo(code);
        if (field == null) {
            assertThat(r.json().get("field").isNull()).isTrue();
        } else {
            assertThat(r.json().get("field").asText()).isEqualTo(field);
        }
        assertThat(r.json().get("message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("\tat ");
        assertThat(server.get(sightings()).status()).isEqualTo(200);
    }
}
