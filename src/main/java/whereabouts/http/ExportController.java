package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import whereabouts.error.InvalidInputException;
import whereabouts.service.ExportService;

/** {@code /api/tracks/{id}/export?format=geojson}: a file to download. */
final class ExportController {
    private final ExportService exports;
    private final ObjectMapper json;

    ExportController(ExportService exports, ObjectMapper json) {
        this.exports = exports;
        this.json = json;
    }

    void export(Context ctx) throws Exception {
        String format = ctx.queryParam("format") == null ? "geojson" : ctx.queryParam("format");
        if (!format.equals("geojson")) {
            throw new InvalidInputException("format", "format must be geojson.");
        }
        ExportService.Export export = exports.geojson(PathIds.trackId(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .contentType("application/geo+json")
                .result(json.writeValueAsBytes(export.featureCollection()));
    }
}
