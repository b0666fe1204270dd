package whereabouts.network.osm;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the railways of one {@link RailwayExtract} as the rail GeoJSON the server reads
 * ({@link whereabouts.network.RailGeoJsonReader}), thinned by {@link LineThinning}: ways are split where they share
 * a node with another way (so that
 * junctions are graph nodes) and where a node is missing from the file (a clipped extract); a stretch that leaves
 * one country for another becomes a border-crossing feature of its own.
 */
final class RailGeoJsonWriter {
    /** What one file contributed. */
    record Counts(int lines, int borders, int stations) {
    }

    private static final byte UNKNOWN = -1;
    private static final byte NOT_YET = -2;

    private final RailwayExtract x;
    private final CountryLocator countries;
    private final List<String> codes = new ArrayList<>();
    private final byte[] countryOf;
    /** Nodes that are stations themselves: kept when lines are thinned. */
    private final boolean[] stopNodes;
    private int lines;
    private int borders;

    RailGeoJsonWriter(RailwayExtract extract, CountryLocator countries) {
        this.x = extract;
        this.countries = countries;
        this.countryOf = new byte[extract.nodeIds.length];
        java.util.Arrays.fill(countryOf, NOT_YET);
        this.stopNodes = new boolean[extract.nodeIds.length];
        for (RailwayExtract.Stop s : extract.stops) {
            int i = extract.indexOf(s.id());
            if (i >= 0) {
                stopNodes[i] = true;
            }
        }
    }

    Counts write(Path out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (RailwayExtract.Way w : x.ways) {
                writeWay(g, w);
            }
            for (RailwayExtract.Stop s : x.stops) {
                writeStop(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return new Counts(lines, borders, x.stops.size());
    }

    private void writeWay(JsonGenerator g, RailwayExtract.Way w) throws IOException {
        List<Integer> piece = new ArrayList<>();
        String lastCountry = null;
        int lastKnown = -1; // index in piece of the last vertex with a known country
        long[] refs = w.refs();
        for (int r = 0; r < refs.length; r++) {
            int node = x.indexOf(refs[r]);
            if (node < 0 || !x.found[node]) {
                writeLine(g, w, piece); // the extract lacks this node: the line stops here
                piece = new ArrayList<>();
                lastCountry = null;
                continue;
            }
            if (!piece.isEmpty() && piece.get(piece.size() - 1) == node) {
                continue;
            }
            String country = country(node);
            if (country != null && lastCountry != null && !country.equals(lastCountry)) {
                writeLine(g, w, piece.subList(0, lastKnown + 1));
                List<Integer> crossing = new ArrayList<>(piece.subList(lastKnown, piece.size()));
                crossing.add(node);
                writeBorder(g, w, crossing, lastCountry, country);
                piece = new ArrayList<>();
            }
            piece.add(node);
            if (country != null) {
                lastCountry = country;
                lastKnown = piece.size() - 1;
            }
            boolean junction = x.uses[node] >= 2 && r > 0 && r < refs.length - 1;
            if (junction) {
                writeLine(g, w, piece);
                piece = new ArrayList<>();
                piece.add(node);
                lastKnown = country != null ? 0 : -1;
                if (lastKnown < 0) {
                    lastCountry = null;
                }
            }
        }
        writeLine(g, w, piece);
    }

    private void writeLine(JsonGenerator g, RailwayExtract.Way w, List<Integer> piece) throws IOException {
        if (piece.size() < 2) {
            return;
        }
        List<Integer> nodes = LineThinning.thin(piece, x.lat, x.lon, n -> !Double.isNaN(x.km[n]) || stopNodes[n]);
        lines++;
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField("line", w.name());
        if (w.gaugeMm() == null) {
            g.writeNullField("gauge_mm");
        } else {
            g.writeNumberField("gauge_mm", w.gaugeMm());
        }
        g.writeStringField("usage", w.usage());
        g.writeStringField("ref", w.ref());
        g.writeNumberField("osm_way", w.id());
        boolean measured = nodes.stream().anyMatch(n -> !Double.isNaN(x.km[n]));
        if (measured) {
            g.writeArrayFieldStart("measures");
            for (int n : nodes) {
                if (Double.isNaN(x.km[n])) {
                    g.writeNull();
                } else {
                    g.writeNumber(x.km[n]);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        writeLineString(g, nodes);
        g.writeEndObject();
    }

    private void writeBorder(JsonGenerator g, RailwayExtract.Way w, List<Integer> nodes, String from, String to)
            throws IOException {
        borders++;
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeBooleanField("border", true);
        g.writeStringField("name", from + "–" + to + " border on " + w.name());
        g.writeStringField("from_country", from);
        g.writeStringField("to_country", to);
        g.writeNumberField("osm_way", w.id());
        g.writeEndObject();
        writeLineString(g, nodes);
        g.writeEndObject();
    }

    private void writeLineString(JsonGenerator g, List<Integer> nodes) throws IOException {
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "LineString");
        g.writeArrayFieldStart("coordinates");
        for (int n : nodes) {
            g.writeStartArray();
            g.writeNumber(round7(x.lon[n]));
            g.writeNumber(round7(x.lat[n]));
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeStop(JsonGenerator g, RailwayExtract.Stop s) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", s.name());
        g.writeObjectFieldStart("names");
        for (Map.Entry<String, String> e : s.names().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        if (Double.isNaN(s.km())) {
            g.writeNullField("km");
        } else {
            g.writeNumberField("km", s.km());
        }
        g.writeStringField("country", countries.at(s.lat(), s.lon()));
        g.writeNumberField("osm_node", s.id());
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(round7(s.lon()));
        g.writeNumber(round7(s.lat()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private String country(int node) {
        byte c = countryOf[node];
        if (c == NOT_YET) {
            String code = countries.at(x.lat[node], x.lon[node]);
            if (code == null) {
                c = UNKNOWN;
            } else {
                int i = codes.indexOf(code);
                if (i < 0) {
                    codes.add(code);
                    i = codes.size() - 1;
                }
                c = (byte) i;
            }
            countryOf[node] = c;
        }
        return c == UNKNOWN ? null : codes.get(c);
    }

    private static double round7(double v) {
        return Math.round(v * 1e7) / 1e7;
    }
}
