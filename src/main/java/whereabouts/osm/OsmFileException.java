package whereabouts.osm;

/** A file that cannot be read as OSM data: its message is one sentence for the user. */
public final class OsmFileException extends RuntimeException {
    public OsmFileException(String message) {
        super(message);
    }

    public OsmFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
