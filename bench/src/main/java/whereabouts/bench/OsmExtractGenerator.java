package whereabouts.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import whereabouts.osm.OsmPbfWriter;

/**
 * Writes a synthetic OSM PBF "country extract" for measuring {@code import-rail}: mostly untagged nodes in ways
 * of ten (roads, buildings), one node in twenty tagged, and railway lines hidden among them: each line a random
 * walk of {@value #LINE_NODES} nodes with a station every 100 nodes (names in four scripts), a km post every 50,
 * joined to the line before it at a shared node; every tenth line abandoned. Deterministic (fixed seed).
 *
 * <pre>java -cp ... whereabouts.bench.OsmExtractGenerator OUT.osm.pbf NODES RAIL_LINES</pre>
 */
public final class OsmExtractGenerator {
    static final int LINE_NODES = 2_000;
    private static final Map<String, String> NONE = Map.of();
    private static final Map<String, String> TREE = Map.of("natural", "tree");
    private static final Map<String, String> ROAD = Map.of("highway", "residential", "surface", "asphalt");
    private static final Map<String, String> BUILDING = Map.of("building", "yes");

    private OsmExtractGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long nodes = Long.parseLong(args[1]);
        int lines = Integer.parseInt(args[2]);
        long chunk = nodes / lines;
        if (chunk < LINE_NODES + 10) {
            throw new IllegalArgumentException("too few nodes for that many rail lines");
        }
        SplittableRandom random = new SplittableRandom(20_231_012L);
        long started = System.nanoTime();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20);
             OsmPbfWriter pbf = new OsmPbfWriter(file)) {
            double lat = 0;
            double lon = 0;
            for (long id = 1; id <= nodes; id++) {
                long inChunk = (id - 1) % chunk;
                int line = (int) ((id - 1) / chunk);
                if (inChunk == 0 && line < lines) {
                    lat = 38 + random.nextDouble() * 5; // a North-Korea-sized box
                    lon = 124 + random.nextDouble() * 6;
                }
                if (inChunk < LINE_NODES && line < lines) {
                    lat += (random.nextDouble() - 0.5) * 0.002;
                    lon += 0.0015 + random.nextDouble() * 0.001;
                    pbf.node(id, lat, lon, railNodeTags(line, (int) inChunk));
                } else {
                    double la = 38 + random.nextDouble() * 5;
                    double lo = 124 + random.nextDouble() * 6;
                    pbf.node(id, la, lo, id % 20 == 0 ? TREE : NONE);
                }
            }
            long wayId = 1;
            for (int line = 0; line < lines; line++) {
                long first = (long) line * chunk + 1;
                long[] refs = new long[LINE_NODES + (line > 0 ? 1 : 0)];
                int r = 0;
                if (line > 0) {
                    refs[r++] = (long) (line - 1) * chunk + 1 + LINE_NODES / 2; // a junction with the line before
                }
                for (int i = 0; i < LINE_NODES; i++) {
                    refs[r++] = first + i;
                }
                Map<String, String> tags = new LinkedHashMap<>();
                tags.put("railway", line % 10 == 9 ? "abandoned" : "rail");
                tags.put("name", "Line " + line);
                tags.put("name:ko", "선 " + line);
                tags.put("gauge", line % 3 == 0 ? "1520" : "1435");
                tags.put("usage", "main");
                tags.put("ref", "L" + line);
                pbf.way(wayId++, refs, tags);
                long end = Math.min(first - 1 + chunk, nodes);
                for (long w = first + LINE_NODES; w + 9 <= end; w += 10) {
                    long[] wr = new long[10];
                    for (int i = 0; i < 10; i++) {
                        wr[i] = w + i;
                    }
                    pbf.way(wayId++, wr, w % 30 == 0 ? BUILDING : ROAD);
                }
            }
        }
        System.out.printf("wrote %s: %,d nodes, %d rail lines, %,d bytes in %.1f s%n", out, nodes, lines,
                Files.size(out), (System.nanoTime() - started) / 1e9);
    }

    private static Map<String, String> railNodeTags(int line, int i) {
        if (i % 100 == 50) {
            Map<String, String> t = new LinkedHashMap<>();
            t.put("railway", "station");
            t.put("name", "Station " + line + "-" + i);
            t.put("name:ko", "역 " + line + "-" + i);
            t.put("name:ru", "Станция " + line + "-" + i);
            t.put("name:zh", "站 " + line + "-" + i);
            t.put("railway:position", String.format(java.util.Locale.ROOT, "%.1f", i * 0.15));
            return t;
        }
        if (i % 50 == 0) {
            return Map.of("railway", "milestone", "railway:position", "pkm:" + (i * 15 / 100));
        }
        return NONE;
    }
}
