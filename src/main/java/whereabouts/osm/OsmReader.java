package whereabouts.osm;

import java.nio.file.Path;

/** Reads an OSM file of either encoding, PBF or XML. */
public final class OsmReader {
    private OsmReader() {
    }

    /** Streams every node and way of {@code file} to {@code handler}. */
    public static void read(Path file, OsmFormat format, OsmHandler handler) {
        switch (format) {
            case PBF -> OsmPbfReader.read(file, handler);
            case XML -> OsmXmlReader.read(file, handler);
            default -> throw new IllegalArgumentException("not an OSM encoding: " + format);
        }
    }
}
