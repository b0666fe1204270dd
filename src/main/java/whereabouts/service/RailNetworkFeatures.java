package whereabouts.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import whereabouts.json.Json;
import whereabouts.rail.RailGeoJsonReader;
import whereabouts.rail.RailNetwork;

/** The shipped rail corridors (lines, stations, border crossings) as one FeatureCollection, read once. */
public final class RailNetworkFeatures {
    private final byte[] geojson;

    public RailNetworkFeatures() {
        ObjectMapper json = Json.newMapper();
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        try (InputStream manifest = resource(RailNetwork.CLASSPATH_MANIFEST)) {
            for (String file : new RailGeoJsonReader().manifestFiles(manifest)) {
                try (InputStream in = resource("/geodata/rail/" + file)) {
                    JsonNode corridor = json.readTree(in);
                    corridor.path("features").forEach(features::add);
                }
            }
            this.geojson = json.writeValueAsBytes(fc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped rail network", e);
        }
    }

    /** UTF-8 GeoJSON bytes. */
    public byte[] geojson() {
        return geojson.clone();
    }

    private static InputStream resource(String path) {
        InputStream in = RailNetworkFeatures.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the classpath: " + path);
        }
        return in;
    }
}
