package whereabouts.osm;

import java.util.function.Supplier;

/**
 * Receives the nodes and ways of an OSM file in file order. Tags and node references are only valid during the
 * call; node references are decoded only when {@code refs.get()} is called.
 */
public interface OsmHandler {
    void node(long id, double lat, double lon, OsmTags tags);

    void way(long id, OsmTags tags, Supplier<long[]> refs);
}
