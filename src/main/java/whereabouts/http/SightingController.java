package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import whereabouts.service.SightingView;
import whereabouts.service.TrackService;
import whereabouts.track.Sighting;
import whereabouts.track.SightingRevision;

/** {@code /api/tracks/{id}/sightings}: list, create, update, delete, history. */
final class SightingController {
    private final TrackService service;
    private final BodyReader body;
    private final SerializedByIdentity lists;

    SightingController(TrackService service, BodyReader body, ObjectMapper json) {
        this.service = service;
        this.body = body;
        this.lists = new SerializedByIdentity(json::writeValueAsBytes);
    }

    void list(Context ctx) throws Exception {
        long trackId = PathIds.trackId(ctx);
        List<Sighting> sightings = service.sightings(trackId);
        ctx.contentType("application/json").result(lists.json(trackId, sightings,
                list -> list.stream().map(SightingView::of).toList()));
    }

    void get(Context ctx) {
        Sighting s = service.sighting(PathIds.trackId(ctx), PathIds.sightingId(ctx));
        ctx.header("ETag", Revisions.etag(s.revision())).json(SightingView.of(s));
    }

    void create(Context ctx) {
        long trackId = PathIds.trackId(ctx);
        Sighting s = service.addSighting(trackId, body.fields(ctx), RequestGuard.author(ctx));
        ctx.status(201).header("Location", "/api/tracks/" + trackId + "/sightings/" + s.id()).json(SightingView.of(s));
    }

    void update(Context ctx) {
        long trackId = PathIds.trackId(ctx);
        long sightingId = PathIds.sightingId(ctx);
        Integer ifRevision = Revisions.ifMatch(ctx);
        Sighting s = service.updateSighting(trackId, sightingId, body.fields(ctx), ifRevision,
                RequestGuard.author(ctx));
        ctx.header("ETag", Revisions.etag(s.revision())).json(SightingView.of(s));
    }

    void delete(Context ctx) {
        ctx.json(SightingView.of(service.deleteSighting(PathIds.trackId(ctx), PathIds.sightingId(ctx),
                Revisions.ifMatch(ctx), RequestGuard.author(ctx))));
    }

    void history(Context ctx) {
        ctx.json(service.history(PathIds.trackId(ctx), PathIds.sightingId(ctx)).stream()
                .map(RevisionView::of).toList());
    }

    /** One entry of a sighting's history. */
    record RevisionView(int revision, String action, java.time.Instant recordedAt, String author,
                        SightingView sighting) {
        static RevisionView of(SightingRevision r) {
            return new RevisionView(r.revision(), r.action(), r.recordedAt(), r.author(),
                    SightingView.of(r.sighting()));
        }
    }
}
