package whereabouts.network.osm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The country (ISO 3166-1 alpha-2) a point lies in, from the shipped Natural Earth basemap: the detailed 1:10m
 * Tumen-delta cut first, then the 1:50m East Asia overview. Null in the sea or outside the basemap.
 */
final class CountryLocator {
    /** Natural Earth / world-atlas ids are ISO 3166-1 numeric codes. */
    private static final Map<String, String> ALPHA2 = Map.ofEntries(
            Map.entry("104", "MM"), Map.entry("156", "CN"), Map.entry("158", "TW"), Map.entry("344", "HK"),
            Map.entry("356", "IN"), Map.entry("392", "JP"), Map.entry("408", "KP"), Map.entry("410", "KR"),
            Map.entry("418", "LA"), Map.entry("446", "MO"), Map.entry("496", "MN"), Map.entry("580", "MP"),
            Map.entry("608", "PH"), Map.entry("643", "RU"), Map.entry("704", "VN"), Map.entry("764", "TH"));
    private static final String[] FILES = {"/geodata/basemap/countries-10m-tumen.geojson",
        "/geodata/basemap/countries-50m-east-asia.geojson"};

    private record Country(String code, IndexedPointInAreaLocator locator) {
    }

    private final List<STRtree> layers = new ArrayList<>();
    private final GeometryFactory factory = new GeometryFactory();

    CountryLocator() {
        ObjectMapper json = new ObjectMapper();
        for (String file : FILES) {
            STRtree tree = new STRtree();
            try (InputStream in = CountryLocator.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the classpath: " + file);
                }
                for (JsonNode f : json.readTree(in).path("features")) {
                    String id = f.path("id").asText();
                    String code = ALPHA2.getOrDefault(id, f.path("properties").path("name").asText(id));
                    Geometry g = geometry(f.path("geometry"));
                    tree.insert(g.getEnvelopeInternal(), new Country(code, new IndexedPointInAreaLocator(g)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            tree.build();
            layers.add(tree);
        }
    }

    /** Alpha-2 code of the country at lat/lon, or null. */
    String at(double lat, double lon) {
        Coordinate c = new Coordinate(lon, lat);
        org.locationtech.jts.geom.Envelope at = new org.locationtech.jts.geom.Envelope(c);
        for (STRtree layer : layers) {
            for (Object o : layer.query(at)) {
                Country country = (Country) o;
                if (country.locator().locate(c) != Location.EXTERIOR) {
                    return country.code();
                }
            }
        }
        return null;
    }

    private Geometry geometry(JsonNode g) {
        List<Polygon> polygons = new ArrayList<>();
        switch (g.path("type").asText()) {
            case "Polygon" -> polygons.add(polygon(g.path("coordinates")));
            case "MultiPolygon" -> g.path("coordinates").forEach(p -> polygons.add(polygon(p)));
            default -> {
                // a basemap feature without area locates nothing
            }
        }
        return factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode coords) {
        Coordinate[] cs = new Coordinate[coords.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(coords.get(i).get(0).asDouble(), coords.get(i).get(1).asDouble());
        }
        return factory.createLinearRing(cs);
    }
}
