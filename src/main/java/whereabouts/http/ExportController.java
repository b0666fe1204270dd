package whereabouts.http;

import io.javalin.http.Context;
import java.io.OutputStream;
import whereabouts.service.ExportService;

/**
 * {@code /api/tracks/{id}/export?format=geojson|gpx|kml|csv|gpkg|mfjson[&sample=PT1H]}: a file to download,
 * written straight to the response.
 */
final class ExportController {
    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    void export(Context ctx) throws Exception {
        ExportService.Download download = exports.export(PathIds.trackId(ctx), ctx.queryParam("format"),
                ctx.queryParam("sample"));
        ctx.header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .contentType(download.mediaType());
        whereabouts.util.Deadline deadline = HeavyRequests.deadline(ctx);
        try (OutputStream out = new DeadlineOutputStream(ctx.outputStream(), deadline)) {
            download.body().writeTo(out); // past the budget, or with the client gone, the download stops
        }
    }
}
