package whereabouts.network.osm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import whereabouts.osm.OsmPbfWriter;

/** A small OSM data set drawn in a test, written as OSM XML or as PBF. Ids are given out in order. */
public final class OsmFixture {
    record Node(long id, double lat, double lon, Map<String, String> tags) {
    }

    record Way(long id, long[] refs, Map<String, String> tags) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Way> ways = new ArrayList<>();
    private long nextNode = 1000;
    private long nextWay = 1;

    /** Adds a node; {@code tags} alternate key, value. */
    public long node(double lat, double lon, String... tags) {
        long id = nextNode++;
        nodes.add(new Node(id, lat, lon, map(tags)));
        return id;
    }

    public long way(long[] refs, String... tags) {
        long id = nextWay++;
        ways.add(new Way(id, refs, map(tags)));
        return id;
    }

    public Path writeXml(Path file) {
        StringBuilder s = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" "
                + "generator=\"test\">\n");
        for (Node n : nodes) {
            s.append(String.format(Locale.ROOT, "  <node id=\"%d\" lat=\"%.7f\" lon=\"%.7f\"", n.id(), n.lat(),
                    n.lon()));
            if (n.tags().isEmpty()) {
                s.append("/>\n");
            } else {
                s.append(">\n");
                tags(s, n.tags());
                s.append("  </node>\n");
            }
        }
        for (Way w : ways) {
            s.append("  <way id=\"").append(w.id()).append("\">\n");
            for (long r : w.refs()) {
                s.append("    <nd ref=\"").append(r).append("\"/>\n");
            }
            tags(s, w.tags());
            s.append("  </way>\n");
        }
        s.append("</osm>\n");
        try {
            return Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writePbf(Path file) {
        try (OutputStream out = Files.newOutputStream(file); OsmPbfWriter pbf = new OsmPbfWriter(out)) {
            nodes.forEach(n -> pbf.node(n.id(), n.lat(), n.lon(), n.tags()));
            ways.forEach(w -> pbf.way(w.id(), w.refs(), w.tags()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes PBF for names ending in .pbf, XML otherwise. */
    Path write(Path file) {
        return file.getFileName().toString().endsWith(".pbf") ? writePbf(file) : writeXml(file);
    }

    private static void tags(StringBuilder s, Map<String, String> tags) {
        tags.forEach((k, v) -> s.append("    <tag k=\"").append(esc(k)).append("\" v=\"").append(esc(v))
                .append("\"/>\n"));
    }

    private static String esc(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
