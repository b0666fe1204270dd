package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import whereabouts.http.TestServer.Reply;

/**
 * Every check before the save (issue #25): {@code ?dryRun=true} stores nothing and answers what a save would give
 * plus its warnings; a real save answers the same warnings; a 400 lists every bad field; a time after now is
 * refused; a blank uncertainty is "not given" (null), never 0; a time typed without offset is the place's local time.
 */
class SightingChecksApiTest extends ApiTestBase {
    long trackId;

    @BeforeEach
    void newTrack() {
        Reply r = server.postJson("/api/tracks", Map.of("name", "Checked train", "mode", "rail"));
        assertThat(r.status()).isEqualTo(201);
        trackId = r.json().get("id").asLong();
    }

    String sightings() {
        return "/api/tracks/" + trackId + "/sightings";
    }

    static Map<String, Object> sighting(String observedAt, String place) {
        Map<String, Object> m = new HashMap<>();
        m.put("observedAt", observedAt);
        m.put("place", place);
        m.put("source", "TBS citing Russian regional officials");
        return m;
    }

    static List<String> codes(JsonNode warnings) {
        List<String> out = new ArrayList<>();
        warnings.forEach(w -> out.add(w.get("code").asText()));
        return out;
    }

    @Test
    void dryRunStoresNothingAndAnswersWhatASaveWouldGive() {
        Reply dry = server.postJson(sightings() + "?dryRun=true", sighting("2023-09-12T06:00+10:00", "Khasan"));
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
        assertThat(dry.json().get("resolvedName").asText()).isEqualTo("Khasan");
        assertThat(dry.json().get("observedAtUtc").asText()).isEqualTo("2023-09-11T20:00:00Z");
        assertThat(dry.json().get("warnings")).isEmpty();
        assertThat(server.get(sightings()).json()).isEmpty();
        Reply saved = server.postJson(sightings(), sighting("2023-09-12T06:00+10:00", "Khasan"));
        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().get("warnings")).isEmpty();
        assertThat(server.get(sightings()).json()).hasSize(1);
    }

    @Test
    void anImplausibleSpeedIsSaidBeforeAndWithTheSave() {
        long khasan = server.postJson(sightings(), sighting("2023-09-12T06:00+10:00", "Khasan")).json()
                .get("id").asLong();
        // Ussuriysk is about 260 km on from Khasan by rail: half an hour later needs far more than 80 km/h
        Map<String, Object> tooFast = sighting("2023-09-12T06:30+10:00", "Ussuriysk");
        Reply dry = server.postJson(sightings() + "?dryRun=true", tooFast);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(codes(dry.json().get("warnings"))).containsExactly("implausible_speed");
        JsonNode w = dry.json().get("warnings").get(0);
        assertThat(w.get("field").asText()).isEqualTo("observedAt");
        assertThat(w.get("sightingId").asLong()).isEqualTo(khasan);
        assertThat(w.get("speedKmh").asDouble()).isGreaterThan(80);
        assertThat(w.get("message").asText()).contains("#" + khasan).contains("km/h");
        assertThat(server.get(sightings()).json()).hasSize(1);
        Reply saved = server.postJson(sightings(), tooFast);
        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().get("warnings")).isEqualTo(dry.json().get("warnings"));
    }

    @Test
    void anExactDuplicateNamesTheSightingItRepeats() {
        long first = server.postJson(sightings(), sighting("2023-09-12T06:00+10:00", "Khasan")).json()
                .get("id").asLong();
        Reply dry = server.postJson(sightings() + "?dryRun=true", sighting("2023-09-12T06:00+10:00", "Khasan"));
        assertThat(codes(dry.json().get("warnings"))).containsExactly("duplicate");
        assertThat(dry.json().get("warnings").get(0).get("sightingId").asLong()).isEqualTo(first);
        assertThat(dry.json().get("warnings").get(0).get("message").asText()).contains("#" + first);
    }

    @Test
    void aPlaceFarFromItsCoordinatesGivesTheDistance() {
        // "Vladivostock" typed after Ussuriysk's coordinates were picked
        Map<String, Object> s = sighting("2023-09-12T12:00+10:00", "Vladivostock");
        s.put("lat", 43.80291);
        s.put("lon", 131.94578);
        Reply dry = server.postJson(sightings() + "?dryRun=true", s);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(codes(dry.json().get("warnings"))).containsExactly("place_coordinates_mismatch");
        JsonNode w = dry.json().get("warnings").get(0);
        assertThat(w.get("field").asText()).isEqualTo("place");
        assertThat(w.get("distanceKm").asDouble()).isBetween(60.0, 110.0);
    }

    @Test
    void twoPlacesAtOverlappingTimesFarApartConflict() {
        server.postJson(sightings(), sighting("2023-09-12T06:00+10:00", "Khasan"));
        Map<String, Object> s = sighting("2023-09-12T06:00+10:00", "Khabarovsk");
        s.put("timeUncertaintyMinutes", 60);
        Reply dry = server.postJson(sightings() + "?dryRun=true", s);
        assertThat(codes(dry.json().get("warnings"))).contains("conflict", "implausible_speed");
    }

    @Test
    void aDryRunEditStoresNothing() {
        Reply created = server.postJson(sightings(), sighting("2023-09-12T06:00+10:00", "Khasan"));
        long id = created.json().get("id").asLong();
        Reply dry = server.putJson(sightings() + "/" + id + "?dryRun=true", sighting("2023-09-12T07:00+10:00",
                "Khasan"));
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().get("observedAt").asText()).isEqualTo("2023-09-12T07:00+10:00");
        assertThat(dry.json().get("warnings")).isEmpty(); // not a duplicate of its own earlier revision
        assertThat(server.get(sightings() + "/" + id).json().get("observedAt").asText())
                .isEqualTo("2023-09-12T06:00+10:00");
        assertThat(server.get(sightings() + "/" + id + "/history").json()).hasSize(1);
    }

    @Test
    void everyBadFieldIsListedAtOnceKeepingTheFirstOnTop() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("timeUncertaintyMinutes", "lots");
        bad.put("sourceUrl", "ftp://example.org");
        Reply r = server.postJson(sightings(), bad);
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("observedAt", "timeUncertaintyMinutes", "place", "source", "sourceUrl");
        assertThat(r.json().get("field").asText()).isEqualTo("observedAt");
        assertThat(r.json().get("error").asText()).isEqualTo(r.json().get("errors").get(0).get("code").asText());
        assertThat(r.json().get("message").asText()).isEqualTo(r.json().get("errors").get(0).get("message")
                .asText());
        assertThat(server.get(sightings()).json()).isEmpty();
    }

    @Test
    void aTimeAfterNowIsRefusedButAnAnnouncedArrivalMayBeAhead() {
        String nextYear = OffsetDateTime.now(ZoneOffset.UTC).plusYears(1).withNano(0).toString();
        Reply r = server.postJson(sightings(), sighting(nextYear, "Khasan"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("observedAt");
        assertThat(r.json().get("error").asText()).isEqualTo("future_time");
        String inAFewMinutes = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2).withNano(0).toString();
        assertThat(server.postJson(sightings(), sighting(inAFewMinutes, "Khasan")).status()).isEqualTo(201);
        Map<String, Object> expected = sighting(nextYear, "Vladivostok");
        expected.put("kind", "expected");
        assertThat(server.postJson(sightings(), expected).status()).isEqualTo(201);
    }

    @Test
    void aBlankUncertaintyIsNotGivenNeverZero() {
        Map<String, Object> s = sighting("2023-09-12T06:00+10:00", "Khasan");
        s.put("timeUncertaintyMinutes", "");
        s.put("locationUncertaintyKm", " ");
        Reply r = server.postJson(sightings(), s);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("timeUncertaintyMinutes").isNull()).isTrue();
        assertThat(r.json().get("locationUncertaintyKm").isNull()).isTrue();
        long id = r.json().get("id").asLong();
        JsonNode stored = server.get(sightings() + "/" + id).json();
        assertThat(stored.get("timeUncertaintyMinutes").isNull()).isTrue();
        JsonNode history = server.get(sightings() + "/" + id + "/history").json();
        assertThat(history.get(0).get("sighting").get("locationUncertaintyKm").isNull()).isTrue();
        String csv = server.get("/api/tracks/" + trackId + "/export?format=csv").body();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains("Z,,Khasan,").contains("Khasan\",,\"TBS");
        String gpx = server.get("/api/tracks/" + trackId + "/export?format=gpx").body();
        assertThat(gpx).contains("time uncertainty not given").doesNotContain("±0 min");
        JsonNode geojson = server.get("/api/tracks/" + trackId + "/export?format=geojson").json();
        JsonNode props = geojson.get("features").get(0).get("properties");
        assertThat(props.get("timeUncertaintyMinutes").isNull()).isTrue();
    }

    @Test
    void aTimeTypedWithoutOffsetIsThePlacesLocalTime() {
        Reply r = server.postJson(sightings() + "?dryRun=true", sighting("2023-09-12 14:00", "Khasan"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("observedAt").asText()).isEqualTo("2023-09-12T14:00+10:00");
        assertThat(r.json().get("timezone").asText()).isEqualTo("Asia/Vladivostok");
        Reply pyongyang = server.postJson(sightings() + "?dryRun=true", sighting("2023-09-10 15:00", "Pyongyang"));
        assertThat(pyongyang.json().get("observedAt").asText()).isEqualTo("2023-09-10T15:00+09:00");
    }

    @Test
    void aTimeWithoutOffsetWhereNoZoneIsKnownAsksForTheOffset() {
        Map<String, Object> s = sighting("2023-09-12 06:00", null);
        s.remove("place");
        s.put("lat", 0.5);
        s.put("lon", -150.0); // the middle of the Pacific: no place, no zone
        Reply r = server.postJson(sightings(), s);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("missing_offset");
        assertThat(r.json().get("field").asText()).isEqualTo("observedAt");
        assertThat(r.json().get("message").asText()).contains("'2023-09-12T06:00'").contains("time zone");
    }

    @Test
    void aBadTimeIsQuotedExactlyAsTyped() {
        Reply r = server.postJson(sightings(), sighting("12 Sept 2023 14:00", "Khasan"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("'12 Sept 2023 14:00'");
    }

    @Test
    void aDeletedSightingComesBackAsTheSameSightingWithANewRevision() {
        long id = server.postJson(sightings(), sighting("2023-09-12T06:00+10:00", "Khasan")).json().get("id").asLong();
        assertThat(server.delete(sightings() + "/" + id).status()).isEqualTo(200);
        Reply restored = server.postJson(sightings() + "/" + id + "/restore", Map.of());
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("id").asLong()).isEqualTo(id);
        assertThat(restored.json().get("revision").asInt()).isEqualTo(3);
        assertThat(server.get(sightings()).json()).hasSize(1);
        List<String> actions = new ArrayList<>();
        server.get(sightings() + "/" + id + "/history").json().forEach(h -> actions.add(h.get("action").asText()));
        assertThat(actions).containsExactly("created", "deleted", "restored");
        assertThat(server.postJson(sightings() + "/" + id + "/restore", Map.of()).status()).isEqualTo(404);
    }
}
