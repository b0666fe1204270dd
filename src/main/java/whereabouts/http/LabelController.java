package whereabouts.http;

import io.javalin.http.Context;
import whereabouts.service.LabelService;

/** {@code GET /api/labels?bbox=minLon,minLat,maxLon,maxLat&zoom=&script=latin|ko|ru|zh}: place labels as GeoJSON. */
final class LabelController {
    private final LabelService labels;

    LabelController(LabelService labels) {
        this.labels = labels;
    }

    void labels(Context ctx) {
        byte[] body = labels.labels(ctx.queryParam("bbox"), ctx.queryParam("zoom"), ctx.queryParam("script"));
        // the gazetteer ships with the server: an answer only changes with a new release
        ctx.contentType("application/geo+json").header("Cache-Control", "public, max-age=86400").result(body);
    }
}
