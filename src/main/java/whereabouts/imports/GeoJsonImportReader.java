package whereabouts.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whereabouts.error.UnacceptableFileException;

/**
 * Reads a GeoJSON FeatureCollection (or one Feature): each Point feature is a sighting, its properties the
 * fields; a feature without geometry may name its place. Features of our own export that are not sightings
 * ({@code featureType} leg, projection, reported-path, position) are skipped.
 *
 * <p>#26: the file is read with Jackson's streaming parser, one feature at a time: memory holds the feature being
 * read and the records kept, never the file or its whole tree (a track's export is mostly the long line geometry
 * of its legs, which are skipped).
 */
final class GeoJsonImportReader {
    private final ObjectMapper json = new ObjectMapper();

    /** What is being read: the counts and records so far. */
    private static final class Collected {
        final List<ImportRow> rows = new ArrayList<>();
        final List<RowRejection> rejected = new ArrayList<>();
        int skipped;
        int features;
    }

    ParsedFile read(InputStream in, int maxRows) {
        Collected out = new Collected();
        try (JsonParser p = json.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notGeoJson();
            }
            ObjectNode root = json.createObjectNode(); // the members other than "features" (a Feature's own)
            boolean collection = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                JsonToken value = p.nextToken();
                if (member.equals("features") && value == JsonToken.START_ARRAY) {
                    collection = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        feature(p.readValueAsTree(), out, maxRows);
                    }
                } else {
                    root.set(member, p.readValueAsTree());
                }
            }
            String type = root.path("type").asText();
            if ("Feature".equals(type)) {
                feature(root, out, maxRows);
            } else if (!"FeatureCollection".equals(type) || !collection) {
                throw notGeoJson();
            }
        } catch (JsonProcessingException e) {
            throw UnacceptableFileException.unknownFormat("The file looks like JSON but cannot be read: "
                    + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")") + ".");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ParsedFile(ImportFormat.GEOJSON, out.rows, out.rejected, out.skipped);
    }

    private static UnacceptableFileException notGeoJson() {
        return UnacceptableFileException.unknownFormat("The JSON is not a GeoJSON Feature or FeatureCollection.");
    }

    /** One feature (the {@code row}-th of the file): a row, a rejection, or skipped. */
    private static void feature(JsonNode f, Collected out, int maxRows) {
        int row = ++out.features;
        ImportLimits.checkRows(row, maxRows);
        JsonNode props = f.path("properties");
        String featureType = props.path("featureType").asText("");
        if (!featureType.isEmpty() && !featureType.equals("sighting")) {
            out.skipped++;
            return;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        props.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                raw.put(e.getKey(), e.getValue().asText());
            }
        });
        Map<String, String> fields = FieldNames.fields(raw);
        JsonNode g = f.path("geometry");
        if (g.isObject()) {
            String type = g.path("type").asText();
            JsonNode c = g.path("coordinates");
            if (!type.equals("Point") || !c.isArray() || c.size() < 2) {
                out.rejected.add(new RowRejection(row, "geometry", "Only Point features are imported; this one is "
                        + (type.isEmpty() ? "not a geometry" : "a " + type) + "."));
                return;
            }
            fields.put("lon", c.get(0).asText());
            fields.put("lat", c.get(1).asText());
        }
        out.rows.add(new ImportRow(row, fields));
    }
}
