package whereabouts.http;

import io.javalin.http.Context;
import whereabouts.service.SightingView;
import whereabouts.service.TrackService;
import whereabouts.track.Sighting;
import whereabouts.track.SightingRevision;

/** {@code /api/tracks/{id}/sightings}: list, create, update, delete, history. */
final class SightingController {
    private final TrackService service;
    private final BodyReader body;

    SightingController(TrackService service, BodyReader body) {
        this.service = service;
        this.body = body;
    }

    void list(Context ctx) {
        ctx.json(service.sightings(PathIds.trackId(ctx)).stream().map(SightingView::of).toList());
    }

    void get(Context ctx) {
        ctx.json(SightingView.of(service.sighting(PathIds.trackId(ctx), PathIds.sightingId(ctx))));
    }

    void create(Context ctx) {
        long trackId = PathIds.trackId(ctx);
        Sighting s = service.addSighting(trackId, body.fields(ctx));
        ctx.status(201).header("Location", "/api/tracks/" + trackId + "/sightings/" + s.id()).json(SightingView.of(s));
    }

    void update(Context ctx) {
        long trackId = PathIds.trackId(ctx);
        long sightingId = PathIds.sightingId(ctx);
        ctx.json(SightingView.of(service.updateSighting(trackId, sightingId, body.fields(ctx))));
    }

    void delete(Context ctx) {
        ctx.json(SightingView.of(service.deleteSighting(PathIds.trackId(ctx), PathIds.sightingId(ctx))));
    }

    void history(Context ctx) {
        ctx.json(service.history(PathIds.trackId(ctx), PathIds.sightingId(ctx)).stream()
                .map(RevisionView::of).toList());
    }

    /** One entry of a sighting's history. */
    record RevisionView(int revision, String action, java.time.Instant recordedAt, SightingView sighting) {
        static RevisionView of(SightingRevision r) {
            return new RevisionView(r.revision(), r.action(), r.recordedAt(), SightingView.of(r.sighting()));
        }
    }
}
