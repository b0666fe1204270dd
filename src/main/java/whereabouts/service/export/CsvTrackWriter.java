package whereabouts.service.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import whereabouts.geo.LatLon;
import whereabouts.service.SightingView;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Sighting;

/**
 * RFC 4180 CSV (Jackson's CSV module, CRLF line ends, a header row): one row per sighting with every field of
 * the API, a {@code WKT} column and {@code lat}/{@code lon}; sampled positions follow as rows with
 * {@code featureType = position}. GDAL and QGIS read it with {@code X_POSSIBLE_NAMES=lon Y_POSSIBLE_NAMES=lat}
 * or {@code GEOM_POSSIBLE_NAMES=WKT}; our import reads it back as it is.
 */
public final class CsvTrackWriter implements TrackWriter {
    /** The header, in order. */
    public static final List<String> COLUMNS = List.of("featureType", "id", "trackId", "revision", "observedAt",
            "observedAtUtc", "timeUncertaintyMinutes", "place", "lat", "lon", "WKT", "resolvedGeonameId",
            "resolvedName", "resolvedCountry", "timezone", "locationDescription", "locationUncertaintyKm", "source",
            "sourceUrl", "confidence", "kind", "notes", "arrivedBy", "recordedAt", "status");

    private final CsvMapper csv = new CsvMapper();

    @Override
    public void write(TrackExport export, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter rows = csv.writer(schema.build()).writeValues(new GeoJsonTrackWriter.NonClosing(out))) {
            for (Sighting s : export.sightings()) {
                rows.write(row(s));
            }
            for (PositionEstimate e : export.samples()) {
                rows.write(row(e));
            }
        }
    }

    private static List<Object> row(Sighting sighting) {
        SightingView v = SightingView.of(sighting);
        return Arrays.asList("sighting", v.id(), v.trackId(), v.revision(), v.observedAt(), text(v.observedAtUtc()),
                v.timeUncertaintyMinutes(), v.place(), v.lat(), v.lon(), wkt(sighting.position()),
                v.resolvedGeonameId(), v.resolvedName(), v.resolvedCountry(), v.timezone(), v.locationDescription(),
                v.locationUncertaintyKm(), v.source(), v.sourceUrl(), v.confidence(), v.kind(), v.notes(),
                v.arrivedBy(), text(v.recordedAt()), null);
    }

    private static List<Object> row(PositionEstimate e) {
        return Arrays.asList("position", null, null, null, e.at().toString(), e.at().toString(), null, null, e.position().lat(),
                e.position().lon(), wkt(e.position()), null, null, null, null, e.description(), e.uncertaintyKm(),
                null, null, null, null, null, null, null, e.status().wire());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** {@code POINT (lon lat)}. */
    static String wkt(LatLon p) {
        return String.format(Locale.ROOT, "POINT (%s %s)", p.lon(), p.lat());
    }
}
