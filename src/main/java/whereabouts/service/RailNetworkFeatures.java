package whereabouts.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import whereabouts.json.Json;
import whereabouts.rail.RailGeoJsonReader;
import whereabouts.rail.RailNetwork;
import whereabouts.rail.RailNetworkSource;

/**
 * The rail network in use (lines, stations, border crossings) as one FeatureCollection, read once, with a
 * {@code network} member saying which network it is: {@code source} ("shipped" or "imported"), {@code files},
 * the counts {@code lines}, {@code borders}, {@code stations}, and for an import its {@code sources}.
 */
public final class RailNetworkFeatures {
    private final byte[] geojson;

    /** The shipped network, from the classpath. */
    public RailNetworkFeatures() {
        this(shippedFiles(), "shipped", null, RailNetworkFeatures::resource);
    }

    private RailNetworkFeatures(List<String> files, String source, JsonNode sources, Opener opener) {
        ObjectMapper json = Json.newMapper();
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ObjectNode info = json.createObjectNode();
        ArrayNode features = json.createArrayNode();
        int lines = 0;
        int borders = 0;
        int stations = 0;
        try {
            for (String file : files) {
                try (InputStream in = opener.open(file)) {
                    for (JsonNode f : json.readTree(in).path("features")) {
                        features.add(f);
                        String type = f.path("geometry").path("type").asText();
                        if (type.equals("LineString") && f.path("properties").path("border").asBoolean(false)) {
                            borders++;
                        } else if (type.equals("LineString")) {
                            lines++;
                        } else if (type.equals("Point")) {
                            stations++;
                        }
                    }
                }
            }
            info.put("source", source);
            info.set("files", json.valueToTree(files));
            info.put("lines", lines);
            info.put("borders", borders);
            info.put("stations", stations);
            if (sources != null) {
                info.set("sources", sources);
            }
            fc.set("network", info);
            fc.set("features", features);
            this.geojson = json.writeValueAsBytes(fc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + source + " rail network", e);
        }
    }

    /** The network imported into {@code railDir} (see {@link RailNetworkSource}). */
    public static RailNetworkFeatures imported(Path railDir) {
        JsonNode manifest;
        try {
            manifest = Json.newMapper().readTree(railDir.resolve(RailNetworkSource.MANIFEST).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the imported rail network's manifest in " + railDir, e);
        }
        return new RailNetworkFeatures(RailNetworkSource.manifestFiles(railDir), "imported",
                manifest.path("sources"), file -> Files.newInputStream(railDir.resolve(file)));
    }

    /** UTF-8 GeoJSON bytes. */
    public byte[] geojson() {
        return geojson.clone();
    }

    private interface Opener {
        InputStream open(String file) throws IOException;
    }

    private static List<String> shippedFiles() {
        return new RailGeoJsonReader().manifestFiles(resource(RailNetwork.CLASSPATH_MANIFEST));
    }

    private static InputStream resource(String path) {
        String full = path.startsWith("/") ? path : "/geodata/rail/" + path;
        InputStream in = RailNetworkFeatures.class.getResourceAsStream(full);
        if (in == null) {
            throw new IllegalStateException("missing from the classpath: " + full);
        }
        return in;
    }
}
