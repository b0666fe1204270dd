package whereabouts.http;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import whereabouts.service.SightingView;
import whereabouts.service.TrackService;

/** {@code GET /api/sightings?bbox=minLon,minLat,maxLon,maxLat&from=&to=&limit=}: sightings across all tracks. */
final class AreaController {
    private final TrackService tracks;

    AreaController(TrackService tracks) {
        this.tracks = tracks;
    }

    void sightings(Context ctx) {
        Map<String, String> params = new HashMap<>();
        for (String name : new String[] {"bbox", "from", "to", "limit"}) {
            params.put(name, ctx.queryParam(name));
        }
        ctx.json(tracks.sightingsIn(params).stream().map(SightingView::of).toList());
    }
}
