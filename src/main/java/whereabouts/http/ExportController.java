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
        // A sampled export computes positions (heavy work) and has the request's time budget. A plain export streams
        // the stored rows at the client's pace in constant memory, however long the track (a million rows take
        // minutes): cutting it at the budget would hand on a truncated file; a stalled client ends at Jetty's idle
        // timeout, and a client that goes away ends the write.
        OutputStream body = ctx.queryParam("sample") == null ? ctx.outputStream()
                : new DeadlineOutputStream(ctx.outputStream(), HeavyRequests.deadline(ctx));
        try (OutputStream out = body) {
            download.body().writeTo(out); // past the budget (sampled), or with the client gone, the download stops
        }
    }
}
