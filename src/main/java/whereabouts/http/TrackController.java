package whereabouts.http;

import io.javalin.http.Context;
import java.util.List;
import whereabouts.service.TrackService;
import whereabouts.track.Track;

/** {@code /api/tracks}: list, create, get, update, delete. */
final class TrackController {
    private final TrackService service;
    private final BodyReader body;

    TrackController(TrackService service, BodyReader body) {
        this.service = service;
        this.body = body;
    }

    void list(Context ctx) {
        List<TrackView> tracks = service.listTracks().stream().map(TrackView::of).toList();
        ctx.json(tracks);
    }

    void create(Context ctx) {
        Track t = service.createTrack(body.fields(ctx), RequestGuard.author(ctx));
        ctx.status(201).header("Location", "/api/tracks/" + t.id()).json(TrackView.of(t));
    }

    void get(Context ctx) {
        ctx.json(TrackView.of(service.track(PathIds.trackId(ctx))));
    }

    void update(Context ctx) {
        long id = PathIds.trackId(ctx);
        ctx.json(TrackView.of(service.updateTrack(id, body.fields(ctx), RequestGuard.author(ctx))));
    }

    void history(Context ctx) {
        ctx.json(service.trackHistory(PathIds.trackId(ctx)).stream().map(r -> new RevisionView(r.revision(),
                r.action(), r.recordedAt(), AuthorNames.shown(ctx, r.author()), TrackView.of(r.track()))).toList());
    }

    /** One entry of a track's history. */
    record RevisionView(int revision, String action, java.time.Instant recordedAt, String author, TrackView track) {
    }

    void delete(Context ctx) {
        service.deleteTrack(PathIds.trackId(ctx), RequestGuard.author(ctx));
        ctx.status(204);
    }
}
