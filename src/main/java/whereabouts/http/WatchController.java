package whereabouts.http;

import io.javalin.http.Context;
import java.util.Map;
import whereabouts.auth.Principal;
import whereabouts.service.WatchService;

/**
 * {@code GET /api/watches}, {@code PUT} and {@code DELETE /api/watches/{id}}: the tracks the signed-in user
 * watches (issue 21); each answers {@code {"tracks": [ids]}}. Only a user signed in with a password watches
 * (alerts go to that user's open pages); anyone else gets a 401.
 */
final class WatchController {
    private final WatchService watches;

    WatchController(WatchService watches) {
        this.watches = watches;
    }

    void list(Context ctx) {
        ctx.json(Map.of("tracks", watches.watched(user(ctx))));
    }

    void watch(Context ctx) {
        String user = user(ctx);
        watches.watch(user, PathIds.trackId(ctx));
        ctx.json(Map.of("tracks", watches.watched(user)));
    }

    void unwatch(Context ctx) {
        String user = user(ctx);
        watches.unwatch(user, PathIds.trackId(ctx));
        ctx.json(Map.of("tracks", watches.watched(user)));
    }

    /** The signed-in user's name, or null (the service says a 401). */
    static String user(Context ctx) {
        Principal p = RequestGuard.principal(ctx);
        return p.kind() == Principal.Kind.USER ? p.name() : null;
    }

}
