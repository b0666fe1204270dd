package whereabouts.imports;

import whereabouts.error.UnacceptableFileException;

/** Reads an uploaded file of reports in any import format, found from its content. */
public final class ImportReader {
    private final GeoJsonImportReader geojson = new GeoJsonImportReader();
    private final CsvImportReader csv = new CsvImportReader();
    private final XmlImportReader xml = new XmlImportReader();

    /**
     * @param columnMapping CSV only: {@code field=header} pairs, comma-separated, or null
     * @throws UnacceptableFileException when the format is unknown or the file holds more than {@code maxRows}
     */
    public ParsedFile read(byte[] content, int maxRows, String columnMapping) {
        ImportFormat format = ImportFormat.detect(content);
        if (format == null) {
            throw UnacceptableFileException.unknownFormat("The file is in no format we import: send GeoJSON, CSV "
                    + "(with a header row), GPX or KML.");
        }
        return switch (format) {
            case GEOJSON -> geojson.read(content, maxRows);
            case CSV -> csv.read(content, maxRows, columnMapping);
            case GPX, KML -> xml.read(content, format, maxRows);
        };
    }
}
