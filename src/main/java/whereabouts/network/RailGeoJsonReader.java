package whereabouts.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whereabouts.geo.LatLon;

/**
 * Reads rail GeoJSON (RFC 7946, {@code [lon, lat]}) into a {@link RailNetworkBuilder}:
 * LineString features with {@code line} are lines, LineStrings with {@code border: true} are border crossings
 * ({@code name}, {@code from_country}, {@code to_country}); either may carry {@code measures}, an array parallel to
 * the coordinates with the published km post at a vertex or null. Point features with {@code name} are stations
 * ({@code names}, {@code km}, {@code km_line}: the line whose chainage the km is in, {@code country}); features
 * with a null geometry, a {@code name}, a {@code line} and a {@code km} are stations placed on that line at their
 * km post.
 */
public final class RailGeoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Builds a network from GeoJSON FeatureCollection texts (e.g. test fixtures). */
    public static RailNetwork networkOf(double joinToleranceMeters, String... featureCollections) {
        RailNetworkBuilder builder = RailNetwork.builder().joinToleranceMeters(joinToleranceMeters);
        RailGeoJsonReader reader = new RailGeoJsonReader();
        for (String fc : featureCollections) {
            reader.read(fc, builder);
        }
        return builder.build();
    }

    /** The {@code files} array of a manifest such as {@code geodata/rail/network.json}; closes the stream. */
    public List<String> manifestFiles(InputStream manifest) {
        List<String> files = new ArrayList<>();
        parse(manifest).path("files").forEach(f -> files.add(f.asText()));
        return files;
    }

    /** Adds the features of one FeatureCollection to the builder; closes the stream. */
    public void read(InputStream featureCollection, RailNetworkBuilder builder) {
        add(parse(featureCollection), builder);
    }

    /** Adds the features of one FeatureCollection text to the builder. */
    public void read(String featureCollection, RailNetworkBuilder builder) {
        try {
            add(JSON.readTree(featureCollection), builder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(InputStream in) {
        try (in) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(JsonNode fc, RailNetworkBuilder builder) {
        for (JsonNode f : fc.path("features")) {
            JsonNode props = f.path("properties");
            JsonNode geom = f.path("geometry");
            switch (geom.path("type").asText()) {
                case "LineString" -> addLine(props, coordinates(geom.path("coordinates")), builder);
                case "Point" -> {
                    if (props.hasNonNull("name")) {
                        builder.addStation(props.get("name").asText(), names(props.path("names")),
                                position(geom.path("coordinates")), number(props, "km"), text(props, "country"),
                                text(props, "km_line"));
                    }
                }
                case "" -> {
                    if (props.hasNonNull("name") && props.hasNonNull("line") && number(props, "km") != null) {
                        builder.addStation(props.get("name").asText(), names(props.path("names")), null,
                                number(props, "km"), text(props, "country"), text(props, "line"));
                    }
                }
                default -> {
                    // other geometry types carry nothing for routing
                }
            }
        }
    }

    private static void addLine(JsonNode props, List<LatLon> coords, RailNetworkBuilder builder) {
        List<Double> measures = null;
        if (props.path("measures").isArray()) {
            measures = new ArrayList<>();
            for (JsonNode m : props.get("measures")) {
                measures.add(m.isNumber() ? m.asDouble() : null);
            }
        }
        if (props.path("border").asBoolean(false)) {
            builder.addBorder(props.path("name").asText(), props.path("from_country").asText(null),
                    props.path("to_country").asText(null), coords, measures);
        } else {
            builder.addLine(props.path("line").asText(props.path("name").asText("")), coords, measures);
        }
    }

    private static Double number(JsonNode props, String field) {
        return props.path(field).isNumber() ? props.get(field).asDouble() : null;
    }

    private static String text(JsonNode props, String field) {
        return props.hasNonNull(field) ? props.get(field).asText() : null;
    }

    private static List<LatLon> coordinates(JsonNode array) {
        List<LatLon> out = new ArrayList<>(array.size());
        array.forEach(c -> out.add(position(c)));
        return out;
    }

    private static LatLon position(JsonNode lonLat) {
        return new LatLon(lonLat.get(1).asDouble(), lonLat.get(0).asDouble());
    }

    private static Map<String, String> names(JsonNode obj) {
        Map<String, String> out = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
