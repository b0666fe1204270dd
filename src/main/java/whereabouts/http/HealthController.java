package whereabouts.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import whereabouts.service.TrackService;

/**
 * {@code /api/health}: the server is up and its database answers; how many event streams are open, and how many of
 * them wait for a client that reads too slowly (such a stream is dropped once its backlog is full).
 */
final class HealthController {
    private final TrackService tracks;
    private final Supplier<Map<String, Integer>> eventStreams;

    HealthController(TrackService tracks, Supplier<Map<String, Integer>> eventStreams) {
        this.tracks = tracks;
        this.eventStreams = eventStreams;
    }

    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        whereabouts.auth.Principal who = RequestGuard.principal(ctx);
        if (!who.identified() && !who.may(whereabouts.auth.Role.ADMIN)) {
            ctx.json(body); // #26: with sign-in on, an anonymous caller learns only that the server is up
            return;
        }
        body.put("tracks", tracks.listTracks().size());
        body.put("eventStreams", eventStreams.get());
        ctx.json(body);
    }
}
