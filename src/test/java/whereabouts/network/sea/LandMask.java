package whereabouts.network.sea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import whereabouts.geo.LatLon;

/**
 * Natural Earth land (test resources under {@code /land/}, built by geodata/tools/build-test-land.mjs) as prepared
 * JTS polygons, to check that sea routes stay at sea.
 */
final class LandMask {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final PreparedGeometry land;

    private LandMask(PreparedGeometry land) {
        this.land = land;
    }

    /** @param resource e.g. {@code /land/land-10m-korea-primorye.geojson} */
    static LandMask load(String resource) {
        try (InputStream in = LandMask.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Polygon> polygons = new ArrayList<>();
            for (JsonNode feature : root.path("features")) {
                for (JsonNode poly : feature.path("geometry").path("coordinates")) {
                    LinearRing shell = ring(poly.get(0));
                    LinearRing[] holes = new LinearRing[poly.size() - 1];
                    for (int i = 1; i < poly.size(); i++) {
                        holes[i - 1] = ring(poly.get(i));
                    }
                    polygons.add(GEOMETRY.createPolygon(shell, holes));
                }
            }
            return new LandMask(PreparedGeometryFactory.prepare(
                    GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new)).buffer(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LinearRing ring(JsonNode coords) {
        Coordinate[] c = new Coordinate[coords.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(coords.get(i).get(0).asDouble(), coords.get(i).get(1).asDouble());
        }
        return GEOMETRY.createLinearRing(c);
    }

    boolean isLand(LatLon p) {
        return land.contains(GEOMETRY.createPoint(new Coordinate(p.lon(), p.lat())));
    }

    /**
     * Points along {@code line} (straight in lon/lat between vertices, as drawn) at most {@code stepKm} apart that
     * lie on land.
     */
    List<LatLon> landPoints(List<LatLon> line, double stepKm) {
        List<LatLon> out = new ArrayList<>();
        for (int i = 1; i < line.size(); i++) {
            LatLon a = line.get(i - 1);
            LatLon b = line.get(i);
            double km = Math.hypot((b.lat() - a.lat()) * 111.0,
                    (b.lon() - a.lon()) * 111.0 * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2)));
            int n = Math.max(1, (int) Math.ceil(km / stepKm));
            for (int k = i == 1 ? 0 : 1; k <= n; k++) {
                double t = (double) k / n;
                LatLon p = new LatLon(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon()));
                if (isLand(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
