package whereabouts.network.osm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import whereabouts.osm.OsmFormat;
import whereabouts.osm.OsmHandler;
import whereabouts.osm.OsmReader;
import whereabouts.osm.OsmTags;

/**
 * The railways of one OSM file, read in two passes so that memory grows with the railways, not the file:
 * pass 1 keeps the railway ways (their node ids) and the stations; pass 2 keeps the coordinates and km posts of
 * only the nodes those ways use, in primitive arrays indexed by the sorted node ids.
 */
final class RailwayExtract {
    record Way(long id, long[] refs, String name, String ref, Integer gaugeMm, String usage) {
    }

    record Stop(long id, double lat, double lon, String name, Map<String, String> names, double km) {
    }

    final List<Way> ways = new ArrayList<>();
    final List<Stop> stops = new ArrayList<>();
    /** Sorted, distinct ids of the nodes the ways use. */
    long[] nodeIds = new long[0];
    /** How many times the ways use each node (2 or more: a junction). */
    int[] uses = new int[0];
    double[] lat = new double[0];
    double[] lon = new double[0];
    /** Km post of each node, NaN if none. */
    double[] km = new double[0];
    boolean[] found = new boolean[0];

    private RailwayExtract() {
    }

    static RailwayExtract read(Path file, OsmFormat format) {
        RailwayExtract x = new RailwayExtract();
        OsmReader.read(file, format, x.new FirstPass());
        x.indexNodes();
        if (!x.ways.isEmpty()) {
            OsmReader.read(file, format, x.new SecondPass());
        }
        return x;
    }

    /** Index of a node id in {@link #nodeIds}, or a negative number. */
    int indexOf(long id) {
        return Arrays.binarySearch(nodeIds, id);
    }

    private void indexNodes() {
        long total = 0;
        for (Way w : ways) {
            total += w.refs().length;
        }
        long[] all = new long[Math.toIntExact(total)];
        int i = 0;
        for (Way w : ways) {
            System.arraycopy(w.refs(), 0, all, i, w.refs().length);
            i += w.refs().length;
        }
        Arrays.sort(all);
        int distinct = 0;
        int[] counts = new int[all.length];
        for (int j = 0; j < all.length; j++) {
            if (distinct > 0 && all[distinct - 1] == all[j]) {
                counts[distinct - 1]++;
            } else {
                all[distinct] = all[j];
                counts[distinct++] = 1;
            }
        }
        nodeIds = Arrays.copyOf(all, distinct);
        uses = Arrays.copyOf(counts, distinct);
        lat = new double[distinct];
        lon = new double[distinct];
        km = new double[distinct];
        Arrays.fill(km, Double.NaN);
        found = new boolean[distinct];
    }

    private final class FirstPass implements OsmHandler {
        @Override
        public void node(long id, double nodeLat, double nodeLon, OsmTags tags) {
            if (tags != OsmTags.NONE && RailwayTags.isStop(tags)) {
                Map<String, String> names = RailwayTags.names(tags);
                String name = RailwayTags.displayName(tags, names);
                if (name != null) {
                    stops.add(new Stop(id, nodeLat, nodeLon, name, names, RailwayTags.km(tags)));
                }
            }
        }

        @Override
        public void way(long id, OsmTags tags, Supplier<long[]> refs) {
            if (RailwayTags.isTrack(tags)) {
                long[] r = refs.get();
                if (r.length >= 2) {
                    String name = tags.get("name");
                    String ref = tags.get("ref");
                    String line = name != null ? name : ref != null ? ref : "OSM way " + id;
                    ways.add(new Way(id, r, line, ref, RailwayTags.gaugeMm(tags.get("gauge")), tags.get("usage")));
                }
            }
        }
    }

    private final class SecondPass implements OsmHandler {
        @Override
        public void node(long id, double nodeLat, double nodeLon, OsmTags tags) {
            int i = Arrays.binarySearch(nodeIds, id);
            if (i >= 0) {
                lat[i] = nodeLat;
                lon[i] = nodeLon;
                found[i] = true;
                if (tags != OsmTags.NONE) {
                    km[i] = RailwayTags.km(tags);
                }
            }
        }

        @Override
        public void way(long id, OsmTags tags, Supplier<long[]> refs) {
            // pass 2 reads only nodes
        }
    }
}
