package whereabouts.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whereabouts.error.UnacceptableFileException;

/**
 * Reads a GeoJSON FeatureCollection (or one Feature): each Point feature is a sighting, its properties the
 * fields; a feature without geometry may name its place. Features of our own export that are not sightings
 * ({@code featureType} leg, projection, reported-path, position) are skipped.
 */
final class GeoJsonImportReader {
    private final ObjectMapper json = new ObjectMapper();

    ParsedFile read(byte[] content, int maxRows) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            throw UnacceptableFileException.unknownFormat("The file looks like JSON but cannot be read: "
                    + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")") + ".");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<JsonNode> features = new ArrayList<>();
        if ("Feature".equals(root.path("type").asText())) {
            features.add(root);
        } else if ("FeatureCollection".equals(root.path("type").asText()) && root.path("features").isArray()) {
            root.path("features").forEach(features::add);
        } else {
            throw UnacceptableFileException.unknownFormat("The JSON is not a GeoJSON Feature or FeatureCollection.");
        }
        ImportLimits.checkRows(features.size(), maxRows);
        List<ImportRow> rows = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < features.size(); i++) {
            int row = i + 1;
            JsonNode f = features.get(i);
            JsonNode props = f.path("properties");
            String featureType = props.path("featureType").asText("");
            if (!featureType.isEmpty() && !featureType.equals("sighting")) {
                skipped++;
                continue;
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
                    rejected.add(new RowRejection(row, "geometry", "Only Point features are imported; this one is "
                            + (type.isEmpty() ? "not a geometry" : "a " + type) + "."));
                    continue;
                }
                fields.put("lon", c.get(0).asText());
                fields.put("lat", c.get(1).asText());
            }
            rows.add(new ImportRow(row, fields));
        }
        return new ParsedFile(ImportFormat.GEOJSON, rows, rejected, skipped);
    }
}
