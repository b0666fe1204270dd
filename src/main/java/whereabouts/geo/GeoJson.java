package whereabouts.geo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Small builders for RFC 7946 GeoJSON as Jackson trees. Positions are written {@code [lon, lat]}. Lines that
 * cross the antimeridian are written as MultiLineStrings split at ±180 (RFC 7946 section 3.1.9).
 */
public final class GeoJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJson() {
    }

    public static ObjectNode featureCollection() {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        fc.putArray("features");
        return fc;
    }

    /** Appends a Feature to a FeatureCollection and returns the feature's (empty) properties object. */
    public static ObjectNode addFeature(ObjectNode featureCollection, ObjectNode geometry) {
        ObjectNode f = feature(geometry);
        ((ArrayNode) featureCollection.get("features")).add(f);
        return (ObjectNode) f.get("properties");
    }

    /** A Feature with the given geometry (null geometry allowed) and an empty properties object. */
    public static ObjectNode feature(ObjectNode geometry) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        if (geometry == null) {
            f.putNull("geometry");
        } else {
            f.set("geometry", geometry);
        }
        f.putObject("properties");
        return f;
    }

    public static ObjectNode point(LatLon p) {
        ObjectNode g = NODES.objectNode();
        g.put("type", "Point");
        g.set("coordinates", position(p));
        return g;
    }

    /** A LineString, or a MultiLineString when the line crosses the antimeridian. */
    public static ObjectNode line(List<LatLon> line) {
        List<List<LatLon>> parts = Geodesy.splitAtAntimeridian(line);
        ObjectNode g = NODES.objectNode();
        if (parts.size() == 1) {
            g.put("type", "LineString");
            g.set("coordinates", positions(parts.get(0)));
        } else {
            g.put("type", "MultiLineString");
            ArrayNode lines = g.putArray("coordinates");
            parts.forEach(part -> lines.add(positions(part)));
        }
        return g;
    }

    private static ArrayNode positions(List<LatLon> line) {
        ArrayNode coords = NODES.arrayNode();
        line.forEach(p -> coords.add(position(p)));
        return coords;
    }

    private static ArrayNode position(LatLon p) {
        return NODES.arrayNode().add(round(p.lon())).add(round(p.lat()));
    }

    /** Seven decimals: about 1 cm, well under any position we know. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
