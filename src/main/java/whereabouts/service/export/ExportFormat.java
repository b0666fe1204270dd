package whereabouts.service.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import whereabouts.error.InvalidInputException;

/** The formats a track downloads as: the {@code format} query value, the media type and the file extension. */
public enum ExportFormat {
    GEOJSON("geojson", "application/geo+json", ".geojson"),
    GPX("gpx", "application/gpx+xml", ".gpx"),
    KML("kml", "application/vnd.google-earth.kml+xml", ".kml"),
    CSV("csv", "text/csv; charset=utf-8", ".csv"),
    GPKG("gpkg", "application/geopackage+sqlite3", ".gpkg"),
    MFJSON("mfjson", "application/json", ".mf.json");

    private final String wire;
    private final String mediaType;
    private final String extension;

    ExportFormat(String wire, String mediaType, String extension) {
        this.wire = wire;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String wire() {
        return wire;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by {@code raw} (case-insensitive; null means geojson). */
    public static ExportFormat parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return GEOJSON;
        }
        String wanted = raw.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wire.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "format must be one of "
                        + Arrays.stream(values()).map(ExportFormat::wire).collect(Collectors.joining(", ")) + "."));
    }
}
