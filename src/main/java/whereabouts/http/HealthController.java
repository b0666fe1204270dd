package whereabouts.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import whereabouts.service.TrackService;

/** {@code /api/health}: the server is up and its database answers. */
final class HealthController {
    private final TrackService tracks;

    HealthController(TrackService tracks) {
        this.tracks = tracks;
    }

    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("tracks", tracks.listTracks().size());
        ctx.json(body);
    }
}
