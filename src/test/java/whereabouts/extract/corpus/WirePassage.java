package whereabouts.extract.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One passage of the wire-copy evaluation corpus ({@code src/test/resources/extract/corpus/wire-corpus.jsonl}, one JSON
 * object a line) with its hand-annotated drafts. See docs/extraction-corpus.md for the fields and how to add one.
 *
 * @param index       1-based position in the file: the held-out rule is {@code index % 5 == 0}
 * @param publication who published the passage: the credit of an unattributed report
 */
public record WirePassage(int index, String id, String lang, String mode, OffsetDateTime publishedAt, String publication,
                          boolean negative, String text, List<Expected> drafts) {
    public static final String RESOURCE = "/extract/corpus/wire-corpus.jsonl";

    /**
     * An expected draft: within {@value CorpusScorer#MAX_DISTANCE_KM} km of (lat, lon), of this kind, crediting one
     * of {@code sources} (alternatives separated by "|" in the file), observed within [from, to].
     */
    public record Expected(String place, double lat, double lon, String placeType, String kind, List<String> sources,
                           OffsetDateTime from, OffsetDateTime to) {
    }

    /** Passages a fifth of which are held out: every fifth line (index 5, 10, …), fixed before any tuning. */
    public boolean heldOut() {
        return index % 5 == 0;
    }

    public static List<WirePassage> load() {
        ObjectMapper json = new ObjectMapper();
        List<WirePassage> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                WirePassage.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
            int index = 0;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                index++;
                out.add(of(index, json.readTree(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static WirePassage of(int index, JsonNode n) {
        List<Expected> drafts = new ArrayList<>();
        for (JsonNode d : n.get("drafts")) {
            drafts.add(new Expected(d.get("place").asText(), d.get("lat").asDouble(), d.get("lon").asDouble(),
                    d.get("placeType").asText(), d.get("kind").asText(), List.of(d.get("source").asText().split("\\|")),
                    OffsetDateTime.parse(d.get("from").asText()), OffsetDateTime.parse(d.get("to").asText())));
        }
        return new WirePassage(index, n.get("id").asText(), n.get("lang").asText(), n.get("mode").asText(),
                OffsetDateTime.parse(n.get("publishedAt").asText()), n.get("publication").asText(),
                n.get("negative").asBoolean(), n.get("text").asText(), drafts);
    }
}
