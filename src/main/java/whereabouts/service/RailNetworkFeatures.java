package whereabouts.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import whereabouts.geo.GeoJson;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.json.Json;
import whereabouts.network.MeasureSource;
import whereabouts.network.RailGeoJsonReader;
import whereabouts.network.RailLine;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkSource;
import whereabouts.network.Station;

/**
 * The rail network in use as one FeatureCollection, written once: each line cut into stretches by how they are
 * measured ({@code measureSource}: km-post, scaled, drawn) with the measures at their ends ({@code fromKm},
 * {@code toKm}), the measured and the drawn length; border crossings flagged {@code border}; stations as points
 * with their km post and, for those placed by it, {@code positionSource}. A {@code network} member says which
 * network it is: {@code source} ("shipped" or "imported"), {@code files}, the counts {@code lines},
 * {@code borders}, {@code stations}, and for an import its {@code sources}.
 */
public final class RailNetworkFeatures {
    private final byte[] geojson;

    private RailNetworkFeatures(RailNetwork network, String source, List<String> files, JsonNode sources) {
        ObjectMapper json = Json.newMapper();
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ObjectNode info = fc.putObject("network");
        info.put("source", source);
        info.set("files", json.valueToTree(files));
        info.put("lines", network.lines().stream().filter(l -> l.border() == null).count());
        info.put("borders", network.lines().stream().filter(l -> l.border() != null).count());
        info.put("stations", network.stations().size());
        if (sources != null && !sources.isMissingNode()) {
            info.set("sources", sources);
        }
        ArrayNode features = fc.putArray("features");
        for (RailLine line : network.lines()) {
            addStretches(line, features);
        }
        for (Station s : network.stations()) {
            features.add(station(json, s));
        }
        try {
            this.geojson = json.writeValueAsBytes(fc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped network (built from the classpath files). */
    public static RailNetworkFeatures shipped(RailNetwork network) {
        try (InputStream manifest = RailNetworkFeatures.class.getResourceAsStream(RailNetwork.CLASSPATH_MANIFEST)) {
            if (manifest == null) {
                throw new IllegalStateException("missing from the classpath: " + RailNetwork.CLASSPATH_MANIFEST);
            }
            return new RailNetworkFeatures(network, "shipped", new RailGeoJsonReader().manifestFiles(manifest), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A network imported into {@code railDir} (see {@link RailNetworkSource}). */
    public static RailNetworkFeatures imported(RailNetwork network, Path railDir) {
        JsonNode manifest;
        try {
            manifest = Json.newMapper().readTree(railDir.resolve(RailNetworkSource.MANIFEST).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the imported rail network's manifest in " + railDir, e);
        }
        return new RailNetworkFeatures(network, "imported", RailNetworkSource.manifestFiles(railDir),
                manifest.path("sources"));
    }

    private static ObjectNode station(ObjectMapper json, Station s) {
        ObjectNode f = GeoJson.feature(GeoJson.point(s.position()));
        ObjectNode p = (ObjectNode) f.get("properties");
        p.put("name", s.name());
        p.set("names", json.valueToTree(s.names()));
        p.put("country", s.country());
        if (s.km() != null) {
            p.put("km", s.km());
            p.put("kmLine", s.kmLine());
        }
        if (s.positionSource() != null) {
            p.put("positionSource", s.positionSource());
        }
        return f;
    }

    private static void addStretches(RailLine line, ArrayNode features) {
        MeasureSource[] sources = line.sources();
        int start = 0;
        for (int i = 1; i <= sources.length; i++) {
            if (i == sources.length || sources[i] != sources[start]) {
                features.add(stretch(line, start, i));
                start = i;
            }
        }
    }

    /** Vertices {@code from..to} of the line as one feature. */
    private static ObjectNode stretch(RailLine line, int from, int to) {
        List<LatLon> points = line.vertices().subList(from, to + 1);
        ObjectNode f = GeoJson.feature(GeoJson.line(points));
        ObjectNode p = (ObjectNode) f.get("properties");
        p.put("line", line.name());
        if (line.border() != null) {
            p.put("border", true);
            p.put("name", line.border().name());
            p.put("fromCountry", line.border().fromCountry());
            p.put("toCountry", line.border().toCountry());
        }
        p.put("measureSource", line.sources()[from].wire());
        p.put("fromKm", round1(line.measureKm()[from]));
        p.put("toKm", round1(line.measureKm()[to]));
        p.put("lengthKm", round1(Math.abs(line.measureKm()[to] - line.measureKm()[from])));
        p.put("drawnKm", round1(Geodesy.lengthMeters(points) / 1000.0));
        return f;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** UTF-8 GeoJSON bytes. */
    public byte[] geojson() {
        return geojson.clone();
    }
}
