package whereabouts.osm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The kinds of file {@code import-rail} reads, told apart by their first bytes (the name is only a hint). */
public enum OsmFormat {
    PBF, XML, GEOJSON;

    /** The format of {@code file}, or an {@link OsmFileException} naming what it is not. */
    public static OsmFormat of(Path file) {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new OsmFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new OsmFileException(file.getFileName() + " is empty");
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("\u00ef\u00bb\u00bf")) {
            text = text.substring(3).stripLeading(); // UTF-8 byte-order mark
        }
        if (text.startsWith("<")) {
            return XML;
        }
        if (text.startsWith("{")) {
            return GEOJSON;
        }
        // A PBF file starts with the 4-byte length of a BlobHeader whose first field is the type "OSMHeader".
        if (n >= 8 && head[0] == 0 && head[1] == 0 && text.contains("OSMHeader")) {
            return PBF;
        }
        throw new OsmFileException(file.getFileName()
                + " is not an OSM file (expected .osm.pbf, .osm XML or .geojson)");
    }
}
