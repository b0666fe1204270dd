package whereabouts.osm;

import java.util.function.BiConsumer;

/** The tags of one OSM element, read where they lie (no copy unless asked). Valid only during the callback. */
public interface OsmTags {
    /** The value of {@code key}, or null. */
    String get(String key);

    /** Calls {@code action} with every key and value, in file order. */
    void forEach(BiConsumer<String, String> action);

    /** No tags. */
    OsmTags NONE = new OsmTags() {
        @Override
        public String get(String key) {
            return null;
        }

        @Override
        public void forEach(BiConsumer<String, String> action) {
            // nothing
        }
    };
}
