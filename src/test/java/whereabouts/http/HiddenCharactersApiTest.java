package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import whereabouts.config.SecurityConfig;

/**
 * Issue #26, item 5 ("Strict edges"): bidi controls, zero-width spaces and the line/paragraph separators are refused
 * in every text a user types, with a 400 in our error shape naming the field, and nothing is stored; the joiners
 * U+200C/U+200D that scripts need pass. On main a track named "evil" + U+202E + "txt.exe" was stored (it reads
 * "evilexe.txt").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiddenCharactersApiTest {
    private TestServer server;
    private long track;
    private Path dataDir;

    @BeforeAll
    void start(@TempDir Path dir) {
        dataDir = dir;
        server = TestServer.start(dir, false, SecurityConfig.defaults().withLimits(1000, 1000));
        TestServer.Reply r = server.postJson("/api/tracks", Map.of("name", "Hidden characters"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        track = r.json().get("id").asLong();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static Map<String, Object> sighting(String field, String value) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("observedAt", "2023-09-12T06:00:00+10:00");
        s.put("place", "Khasan");
        s.put("source", "TBS");
        s.put(field, value);
        return s;
    }

    private static void assertRefused(TestServer.Reply r, String field, String codePoint) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("hidden_character");
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("message").asText()).contains(codePoint).contains("invisible character")
                .doesNotContain("Exception").doesNotContain("java.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0xFEFF,
            0x2028, 0x2029})
    void everyRefusedCharacterIsRefusedInATrackName(int cp) {
        String name = "evil" + Character.toString(cp) + "txt.exe";
        TestServer.Reply r = server.postJson("/api/tracks", Map.of("name", name));
        assertRefused(r, "name", String.format("U+%04X", cp));
        assertThat(server.get("/api/tracks").body()).doesNotContain("txt.exe");
    }

    @Test
    void everySightingTextFieldIsChecked() {
        int before = server.get("/api/tracks/" + track + "/sightings").json().size();
        for (String field : List.of("place", "source", "notes", "sourceUrl")) {
            String value = field.equals("sourceUrl") ? "https://example.org/\u200Bnews" : "Kha\u202Esan";
            TestServer.Reply r = server.postJson("/api/tracks/" + track + "/sightings", sighting(field, value));
            assertRefused(r, field, field.equals("sourceUrl") ? "U+200B" : "U+202E");
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        }
        assertThat(server.get("/api/tracks/" + track + "/sightings").json().size()).isEqualTo(before);
    }

    @Test
    void aTrackDescriptionAndARenameAreChecked() {
        TestServer.Reply r = server.postJson("/api/tracks", Map.of("name", "Fine", "description", "line\u2028break"));
        assertRefused(r, "description", "U+2028");
        TestServer.Reply put = server.putJson("/api/tracks/" + track, Map.of("name", "\uFEFFHidden characters"));
        assertRefused(put, "name", "U+FEFF");
        assertThat(server.get("/api/tracks/" + track).json().get("name").asText()).isEqualTo("Hidden characters");
    }

    @Test
    void anEditOfASightingIsChecked() {
        TestServer.Reply made = server.postJson("/api/tracks/" + track + "/sightings", sighting("notes", "fine"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String path = "/api/tracks/" + track + "/sightings/" + made.json().get("id").asLong();
        TestServer.Reply r = server.putJson(path, sighting("source", "TBS\u2066 citing officials"));
        assertRefused(r, "source", "U+2066");
        assertThat(server.get(path).json().get("source").asText()).isEqualTo("TBS");
    }

    @Test
    void aUserNameIsCheckedInTheSameWords() {
        whereabouts.CliRun r = whereabouts.CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()),
                "a password\na password\n", "user", "add", "eve\u202Etxt", "--role", "editor");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("U+202E").contains("invisible character");
    }

    @Test
    void theJoinersScriptsNeedAreKept() {
        // Persian "mi-khaham" uses the zero-width non-joiner; a family emoji the zero-width joiner
        String persian = "می\u200Cخواهم";
        String emoji = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        TestServer.Reply r = server.postJson("/api/tracks/" + track + "/sightings",
                sighting("notes", persian + " " + emoji));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("notes").asText()).isEqualTo(persian + " " + emoji);
    }

    @Test
    void importedRowsAndTheImportsDefaultSourceAreChecked() {
        String csv = "observedAt,place,source\n2023-09-12T06:00:00+10:00,Khasan,TBS\u202E\n";
        TestServer.Reply rows = server.postFile("/api/tracks/" + track + "/imports?dryRun=true", "rows.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        assertThat(rows.json().get("accepted").asInt()).isZero();
        assertThat(rows.json().get("rejected").get(0).get("field").asText()).isEqualTo("source");
        assertThat(rows.json().get("rejected").get(0).get("message").asText()).contains("U+202E");

        String plain = "observedAt,place\n2023-09-12T06:00:00+10:00,Khasan\n";
        TestServer.Reply source = server.postFile("/api/tracks/" + track + "/imports?dryRun=true", "rows.csv",
                plain.getBytes(StandardCharsets.UTF_8), Map.of("source", "TASS\u200B"));
        assertRefused(source, "source", "U+200B");
    }
}
