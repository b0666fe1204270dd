package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #25 item 6: {@code names=latin|ko|ru|zh} names every place of the sightings, path and position answers in
 * one script, by one function, and one place has one spelling: the station "Razdolnoye" is named as the town its
 * sighting resolved to ("Razdol’noye"), and the position at the Artyom-Primorsky-1 report is "at
 * Artyom-Primorsky-1", not "at Artëm" (main).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceNamesApiTest {
    private static final Pattern NOT_LATIN = Pattern.compile("[\\p{IsCyrillic}\\p{IsHangul}\\p{IsHan}]");
    private static final String[] TIMES = {"2023-09-10T10:00:00Z", "2023-09-11T12:00:00Z", "2023-09-12T06:00:00Z",
        "2023-09-13T01:00:00Z", "2023-09-14T06:00:00Z", "2023-09-16T06:00:00Z", "2023-09-17T06:00:00Z"};
    private TestServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = TestServer.start(dir, true);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private long track(String nameContains) {
        for (JsonNode t : server.get("/api/tracks").json()) {
            if (t.get("name").asText().contains(nameContains)) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError(nameContains);
    }

    /** Every name the page shows from the server for a track: places, descriptions, stations passed. */
    private List<String> namesShown(long id, String names) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : server.get("/api/tracks/" + id + "/sightings?names=" + names).json()) {
            out.add(s.get("placeName").asText());
            out.add(s.get("locationDescription").asText());
        }
        for (JsonNode f : server.get("/api/tracks/" + id + "/path?names=" + names).json().get("features")) {
            f.path("properties").path("stations").forEach(n -> out.add(n.asText()));
        }
        for (String at : TIMES) {
            JsonNode p = server.get("/api/tracks/" + id + "/position?at=" + at + "&names=" + names).json()
                    .get("properties");
            if (p.hasNonNull("description")) {
                out.add(p.get("description").asText());
            }
        }
        return out;
    }

    @Test
    void latinNamesHaveNoOtherScriptOnBothDemoTracks() {
        for (String track : List.of("September 2023", "in Russia")) {
            List<String> shown = namesShown(track(track), "latin");
            assertThat(shown).isNotEmpty().allSatisfy(n -> assertThat(NOT_LATIN.matcher(n).find()).as(n).isFalse());
        }
    }

    @Test
    void russianNamesAreCyrillicWhereThePlaceHasOne() {
        long id = track("in Russia");
        List<String> shown = namesShown(id, "ru");
        assertThat(shown).contains("Хасан", "Раздольное", "at Артём-Приморский-1").doesNotContain("Khasan");
        JsonNode first = server.get("/api/tracks/" + id + "/path?names=ru").json().get("features").get(0);
        assertThat(first.get("properties").get("stations").get(0).asText()).isEqualTo("Хасан");
    }

    @Test
    void onePlaceHasOneSpelling() {
        long id = track("in Russia");
        JsonNode sightings = server.get("/api/tracks/" + id + "/sightings").json(); // names absent: Latin
        List<String> places = new ArrayList<>();
        sightings.forEach(s -> places.add(s.get("placeName").asText()));
        assertThat(places).contains("Razdol’noye", "Artyom-Primorsky-1");
        List<String> stations = new ArrayList<>();
        server.get("/api/tracks/" + id + "/path").json().get("features")
                .forEach(f -> f.path("properties").path("stations").forEach(n -> stations.add(n.asText())));
        assertThat(stations).contains("Razdol’noye", "Khasan").doesNotContain("Razdolnoye");
        JsonNode at = server.get("/api/tracks/" + id + "/position?at=2023-09-17T06:00:00Z").json().get("properties");
        assertThat(at.get("description").asText()).isEqualTo("at Artyom-Primorsky-1");
        JsonNode history = server.get("/api/tracks/" + id + "/sightings/" + sightings.get(1).get("id").asLong()
                + "/history?names=ru").json();
        assertThat(history.get(0).get("sighting").get("placeName").asText()).isEqualTo("Раздольное");
    }

    @Test
    void anUnknownScriptIsA400NamingTheParameter() {
        TestServer.Reply r = server.get("/api/tracks/" + track("in Russia") + "/path?names=klingon");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("names");
        assertThat(r.json().get("message").asText()).contains("latin, ko, ru, zh");
    }
}
