package whereabouts.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An RFC 7946 validator for tests, checking what {@code @placemarkio/check-geojson} checks: the object types,
 * the members each must have (Feature: geometry and properties, object or null), the members each must not have
 * (section 7.1: no {@code properties} on a FeatureCollection, no {@code features} on a Feature ...), positions of
 * two or three numbers within longitude/latitude range, lines of two or more positions, closed linear rings.
 */
public final class GeoJsonCheck {
    private static final Set<String> GEOMETRIES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");

    private final List<String> problems = new ArrayList<>();

    private GeoJsonCheck() {
    }

    /** Fails the test, naming every problem, unless {@code root} is valid GeoJSON. */
    public static void assertValid(JsonNode root) {
        assertThat(problems(root)).as("RFC 7946 problems").isEmpty();
    }

    /** Every problem found, each as "path: what is wrong"; empty when valid. */
    public static List<String> problems(JsonNode root) {
        GeoJsonCheck c = new GeoJsonCheck();
        c.object(root, "$");
        return c.problems;
    }

    private void object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            problem(path, "must be a JSON object");
            return;
        }
        String type = n.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> featureCollection(n, path);
            case "Feature" -> feature(n, path);
            default -> {
                if (GEOMETRIES.contains(type)) {
                    geometry(n, path);
                } else {
                    problem(path, "type \"" + type + "\" is not a GeoJSON type");
                }
            }
        }
    }

    private void featureCollection(JsonNode n, String path) {
        forbid(n, path, "properties", "geometry", "geometries", "coordinates");
        bbox(n, path);
        JsonNode features = n.get("features");
        if (features == null || !features.isArray()) {
            problem(path, "a FeatureCollection must have a \"features\" array");
            return;
        }
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            if (!"Feature".equals(f.path("type").asText())) {
                problem(path + ".features[" + i + "]", "must be a Feature");
            } else {
                feature(f, path + ".features[" + i + "]");
            }
        }
    }

    private void feature(JsonNode n, String path) {
        forbid(n, path, "features", "geometries", "coordinates");
        bbox(n, path);
        if (!n.has("geometry")) {
            problem(path, "a Feature must have a \"geometry\" member (an object or null)");
        } else if (!n.get("geometry").isNull()) {
            JsonNode g = n.get("geometry");
            if (!g.isObject() || !GEOMETRIES.contains(g.path("type").asText())) {
                problem(path + ".geometry", "must be a geometry object or null");
            } else {
                geometry(g, path + ".geometry");
            }
        }
        if (!n.has("properties") || !(n.get("properties").isObject() || n.get("properties").isNull())) {
            problem(path, "a Feature must have a \"properties\" member (an object or null)");
        }
        JsonNode id = n.get("id");
        if (id != null && !(id.isTextual() || id.isNumber())) {
            problem(path + ".id", "must be a string or a number");
        }
    }

    private void geometry(JsonNode g, String path) {
        forbid(g, path, "properties", "geometry", "features");
        bbox(g, path);
        String type = g.path("type").asText();
        if (type.equals("GeometryCollection")) {
            JsonNode gs = g.get("geometries");
            if (gs == null || !gs.isArray()) {
                problem(path, "a GeometryCollection must have a \"geometries\" array");
                return;
            }
            for (int i = 0; i < gs.size(); i++) {
                object(gs.get(i), path + ".geometries[" + i + "]");
            }
            return;
        }
        JsonNode c = g.get("coordinates");
        if (c == null || !c.isArray()) {
            problem(path, "a " + type + " must have a \"coordinates\" array");
            return;
        }
        String at = path + ".coordinates";
        switch (type) {
            case "Point" -> position(c, at);
            case "MultiPoint" -> each(c, at, this::position);
            case "LineString" -> line(c, at);
            case "MultiLineString" -> each(c, at, this::line);
            case "Polygon" -> polygon(c, at);
            default -> each(c, at, this::polygon);
        }
    }

    private void line(JsonNode c, String path) {
        if (!c.isArray() || c.size() < 2) {
            problem(path, "a line needs two or more positions");
            return;
        }
        each(c, path, this::position);
    }

    private void polygon(JsonNode c, String path) {
        each(c, path, (ring, at) -> {
            if (!ring.isArray() || ring.size() < 4) {
                problem(at, "a linear ring needs four or more positions");
                return;
            }
            each(ring, at, this::position);
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                problem(at, "a linear ring must end where it starts");
            }
        });
    }

    private void position(JsonNode p, String path) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
            problem(path, "a position is an array of two or three numbers");
            return;
        }
        for (JsonNode x : p) {
            if (!x.isNumber()) {
                problem(path, "a position holds numbers only");
                return;
            }
        }
        if (Math.abs(p.get(0).asDouble()) > 180 || Math.abs(p.get(1).asDouble()) > 90) {
            problem(path, "[lon, lat] out of range: " + p);
        }
    }

    private void bbox(JsonNode n, String path) {
        JsonNode b = n.get("bbox");
        if (b != null && (!b.isArray() || b.size() < 4 || b.size() % 2 != 0)) {
            problem(path + ".bbox", "must be an array of 2n numbers");
        }
    }

    private void forbid(JsonNode n, String path, String... members) {
        for (String m : members) {
            if (n.has(m)) {
                problem(path, "a " + n.path("type").asText() + " must not have a \"" + m + "\" member (RFC 7946 7.1)");
            }
        }
    }

    private void each(JsonNode arr, String path, java.util.function.BiConsumer<JsonNode, String> check) {
        if (!arr.isArray()) {
            problem(path, "must be an array");
            return;
        }
        for (int i = 0; i < arr.size(); i++) {
            check.accept(arr.get(i), path + "[" + i + "]");
        }
    }

    private void problem(String path, String what) {
        problems.add(path + ": " + what);
    }
}
