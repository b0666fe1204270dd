package whereabouts.network.osm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import whereabouts.osm.OsmFormat;
import whereabouts.osm.OsmHandler;
import whereabouts.osm.OsmReader;
import whereabouts.osm.OsmTags;

/**
 * The roads of one OSM file, in two passes like the rail import (memory grows with the roads, not the file):
 * pass 1 keeps the road ways allowed by the road profile (node ids, highway, oneway, maxspeed, name), pass 2 the
 * coordinates of only the nodes they use.
 */
final class RoadExtract {
    /** @param oneway 1 along the drawing, -1 against it, 0 both ways; @param maxSpeedKmh null when not tagged */
    record Way(long id, long[] refs, String highway, String name, int oneway, Double maxSpeedKmh) {
    }

    final List<Way> ways = new ArrayList<>();
    long[] nodeIds = new long[0];
    double[] lat = new double[0];
    double[] lon = new double[0];
    boolean[] found = new boolean[0];

    private RoadExtract() {
    }

    static RoadExtract read(Path file, OsmFormat format) {
        RoadExtract x = new RoadExtract();
        OsmReader.read(file, format, new OsmHandler() {
            @Override
            public void node(long id, double nodeLat, double nodeLon, OsmTags tags) {
            }

            @Override
            public void way(long id, OsmTags tags, Supplier<long[]> refs) {
                if (RoadTags.isRoad(tags)) {
                    long[] r = refs.get();
                    if (r.length >= 2) {
                        String name = tags.get("name") != null ? tags.get("name") : tags.get("ref");
                        x.ways.add(new Way(id, r, tags.get("highway"), name, RoadTags.oneway(tags),
                                RoadTags.maxSpeedKmh(tags)));
                    }
                }
            }
        });
        x.nodeIds = x.ways.stream().flatMapToLong(w -> Arrays.stream(w.refs())).sorted().distinct().toArray();
        x.lat = new double[x.nodeIds.length];
        x.lon = new double[x.nodeIds.length];
        x.found = new boolean[x.nodeIds.length];
        if (!x.ways.isEmpty()) {
            OsmReader.read(file, format, new OsmHandler() {
                @Override
                public void node(long id, double nodeLat, double nodeLon, OsmTags tags) {
                    int i = Arrays.binarySearch(x.nodeIds, id);
                    if (i >= 0) {
                        x.lat[i] = nodeLat;
                        x.lon[i] = nodeLon;
                        x.found[i] = true;
                    }
                }

                @Override
                public void way(long id, OsmTags tags, Supplier<long[]> refs) {
                }
            });
        }
        return x;
    }
}
