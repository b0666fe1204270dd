package whereabouts.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import whereabouts.error.UnacceptableFileException;

/**
 * Reads an uploaded file of reports in any import format, found from its content. The file is read as a stream
 * (#26): its first {@value #HEAD_BYTES} bytes tell the format, then the format's reader takes record after record,
 * so memory holds the records read, never a copy of the file.
 */
public final class ImportReader {
    /** Bytes looked at to recognise the format. */
    static final int HEAD_BYTES = 4096;
    private final GeoJsonImportReader geojson = new GeoJsonImportReader();
    private final CsvImportReader csv = new CsvImportReader();
    private final XmlImportReader xml = new XmlImportReader();

    /** As {@link #read(InputStream, int, String)}, for a file already in memory. */
    public ParsedFile read(byte[] content, int maxRows, String columnMapping) {
        return read(new ByteArrayInputStream(content), maxRows, columnMapping);
    }

    /**
     * @param content       the file, read once from start to end (not closed here)
     * @param columnMapping CSV only: {@code field=header} pairs, comma-separated, or null
     * @throws UnacceptableFileException when the file is empty, the format is unknown or the file holds more than
     *                                   {@code maxRows}
     */
    public ParsedFile read(InputStream content, int maxRows, String columnMapping) {
        BufferedInputStream in = new BufferedInputStream(content, 2 * HEAD_BYTES);
        byte[] head;
        try {
            in.mark(HEAD_BYTES + 1);
            head = in.readNBytes(HEAD_BYTES);
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (head.length == 0) {
            throw UnacceptableFileException.unknownFormat("The file is empty.");
        }
        ImportFormat format = ImportFormat.detect(head);
        if (format == null) {
            throw UnacceptableFileException.unknownFormat("The file is in no format we import: send GeoJSON, CSV "
                    + "(with a header row), GPX or KML.");
        }
        return switch (format) {
            case GEOJSON -> geojson.read(in, maxRows);
            case CSV -> csv.read(in, maxRows, columnMapping);
            case GPX, KML -> xml.read(in, format, maxRows);
        };
    }
}
