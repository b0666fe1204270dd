package whereabouts.network.osm;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.osm.OsmFormat;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkBuilder;

/**
 * An imported road network as a source of edges for the network core: {@code import-network --mode road FILE…}
 * reads the ways the road profile allows ({@code highway=motorway…tertiary} and their links) from OSM files and
 * writes them to {@code <dataDir>/road/roads.geojson} (one LineString per way, with {@code highway},
 * {@code name}, {@code oneway} (1, -1 or 0) and {@code maxspeedKmh}); the server builds its road graph from that
 * file at start. Ways that meet share an OSM node, so vertices are joined within 0.5 m only.
 *
 * <p>Routing on it is directed and by time: a one-way road becomes one-way edges (the contraction hierarchy keeps
 * them one-way), and each edge costs its length at the road's {@code maxspeed}, or at its class's default speed
 * when untagged ({@link RoadTags#speedKmh}); routes are the fastest, their lengths still the roads' lengths.
 */
public final class RoadNetworkSource {
    public static final String FILE = "roads.geojson";
    static final double JOIN_TOLERANCE_METERS = 0.5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one import wrote. */
    public record Summary(int ways, double lengthKm, int oneway, int withMaxSpeed, int missingNodes) {
    }

    private RoadNetworkSource() {
    }

    /** {@code <dataDir>/road}. */
    public static Path directory(Path dataDir) {
        return dataDir.resolve("road");
    }

    public static boolean hasImported(Path dataDir) {
        return Files.isRegularFile(directory(dataDir).resolve(FILE));
    }

    /** Replaces the imported road network with the roads of {@code files} (written atomically). */
    public static Summary importFiles(Path dataDir, List<Path> files) {
        Path dir = directory(dataDir);
        int ways = 0;
        int oneway = 0;
        int withSpeed = 0;
        int missing = 0;
        double km = 0;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "roads", ".tmp");
            try (JsonGenerator g = new JsonFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                for (Path file : files) {
                    RoadExtract x = RoadExtract.read(file, OsmFormat.of(file));
                    for (RoadExtract.Way w : x.ways) {
                        List<LatLon> line = new ArrayList<>(w.refs().length);
                        for (long ref : w.refs()) {
                            int i = Arrays.binarySearch(x.nodeIds, ref);
                            if (x.found[i]) {
                                line.add(new LatLon(x.lat[i], x.lon[i]));
                            } else {
                                missing++;
                            }
                        }
                        if (line.size() < 2) {
                            continue;
                        }
                        write(g, w, line);
                        ways++;
                        oneway += w.oneway() != 0 ? 1 : 0;
                        withSpeed += w.maxSpeedKmh() != null ? 1 : 0;
                        km += Geodesy.lengthMeters(line) / 1000.0;
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the road network to " + dir, e);
        }
        return new Summary(ways, km, oneway, withSpeed, missing);
    }

    private static void write(JsonGenerator g, RoadExtract.Way w, List<LatLon> line) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeNumberField("osmWay", w.id());
        g.writeStringField("highway", w.highway());
        g.writeStringField("name", w.name());
        g.writeNumberField("oneway", w.oneway());
        if (w.maxSpeedKmh() == null) {
            g.writeNullField("maxspeedKmh");
        } else {
            g.writeNumberField("maxspeedKmh", w.maxSpeedKmh());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "LineString");
        g.writeArrayFieldStart("coordinates");
        for (LatLon p : line) {
            g.writeStartArray();
            g.writeNumber(p.lon());
            g.writeNumber(p.lat());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** True when an imported road network was removed. */
    public static boolean reset(Path dataDir) {
        try {
            return Files.deleteIfExists(directory(dataDir).resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The graph of the imported road network in {@code dataDir}. */
    public static RailNetwork fromDataDir(Path dataDir) {
        try (InputStream in = Files.newInputStream(directory(dataDir).resolve(FILE))) {
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the imported road network in " + directory(dataDir), e);
        }
    }

    static RailNetwork read(JsonNode collection) {
        RailNetworkBuilder builder = RailNetwork.builder().joinToleranceMeters(JOIN_TOLERANCE_METERS);
        for (JsonNode f : collection.path("features")) {
            List<LatLon> line = new ArrayList<>();
            f.path("geometry").path("coordinates").forEach(c -> line.add(new LatLon(c.get(1).asDouble(),
                    c.get(0).asDouble())));
            if (line.size() >= 2) {
                JsonNode props = f.path("properties");
                JsonNode name = props.path("name");
                JsonNode maxspeed = props.path("maxspeedKmh");
                double kmh = RoadTags.speedKmh(props.path("highway").asText(null),
                        maxspeed.isNumber() ? maxspeed.asDouble() : null);
                builder.addRoad(name.isTextual() ? name.asText() : "OSM way " + props.path("osmWay"), line,
                        props.path("oneway").asInt(0), kmh);
            }
        }
        return builder.build();
    }
}
