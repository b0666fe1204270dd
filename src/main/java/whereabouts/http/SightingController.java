package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import whereabouts.service.SightingDesk;
import whereabouts.service.SightingView;
import whereabouts.service.TrackService;
import whereabouts.track.Sighting;
import whereabouts.track.SightingRevision;
import whereabouts.track.SightingWarning;

/** {@code /api/tracks/{id}/sightings}: list, create, update, delete, history. */
final class SightingController {
    private final TrackService service;
    private final SightingDesk desk;
    private final BodyReader body;
    private final java.util.Map<whereabouts.gazetteer.LabelScript, SerializedByIdentity> lists =
            new java.util.EnumMap<>(whereabouts.gazetteer.LabelScript.class);
    private final NamedPlaces named;

    SightingController(TrackService service, SightingDesk desk, BodyReader body, ObjectMapper json,
                       NamedPlaces named) {
        this.service = service;
        this.desk = desk;
        this.body = body;
        this.named = named;
        for (whereabouts.gazetteer.LabelScript script : whereabouts.gazetteer.LabelScript.values()) {
            lists.put(script, new SerializedByIdentity(json::writeValueAsBytes)); // one per "Names in" (#25)
        }
    }

    void list(Context ctx) throws Exception {
        long trackId = PathIds.trackId(ctx);
        whereabouts.gazetteer.LabelScript script = NamedPlaces.script(ctx);
        List<Sighting> sightings = service.sightings(trackId);
        ctx.contentType("application/json").result(lists.get(script).json(trackId, sightings,
                list -> named.sightings(list, script)));
    }

    void get(Context ctx) {
        whereabouts.gazetteer.LabelScript script = NamedPlaces.script(ctx);
        Sighting s = service.sighting(PathIds.trackId(ctx), PathIds.sightingId(ctx));
        ctx.header("ETag", Revisions.etag(s.revision())).json(named.sighting(SightingView.of(s), script));
    }

    /** {@code POST}: 201 with the stored sighting and its warnings; with {@code dryRun=true} 200, nothing stored. */
    void create(Context ctx) {
        long trackId = PathIds.trackId(ctx);
        boolean dryRun = dryRun(ctx);
        SightingDesk.Checked c = desk.add(trackId, body.fields(ctx), RequestGuard.author(ctx), dryRun);
        if (!dryRun) {
            ctx.status(201).header("Location", "/api/tracks/" + trackId + "/sightings/" + c.sighting().id());
        }
        ctx.json(CheckedView.of(c, dryRun));
    }

    /** {@code PUT}: the new revision and its warnings; with {@code dryRun=true} nothing stored. */
    void update(Context ctx) {
        long trackId = PathIds.trackId(ctx);
        long sightingId = PathIds.sightingId(ctx);
        Integer ifRevision = Revisions.ifMatch(ctx);
        boolean dryRun = dryRun(ctx);
        SightingDesk.Checked c = desk.edit(trackId, sightingId, body.fields(ctx), ifRevision,
                RequestGuard.author(ctx), dryRun);
        if (!dryRun) {
            ctx.header("ETag", Revisions.etag(c.sighting().revision()));
        }
        ctx.json(CheckedView.of(c, dryRun));
    }

    /** {@code POST …/{sid}/restore}: a deleted sighting back as it was (undo of a delete), a new revision. */
    void restore(Context ctx) {
        Sighting s = service.restoreSighting(PathIds.trackId(ctx), PathIds.sightingId(ctx), RequestGuard.author(ctx));
        ctx.header("ETag", Revisions.etag(s.revision())).json(SightingView.of(s));
    }

    private static boolean dryRun(Context ctx) {
        String raw = ctx.queryParam("dryRun");
        if (raw == null || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.isEmpty() || raw.equalsIgnoreCase("true")) {
            return true;
        }
        throw new whereabouts.error.InvalidInputException("dryRun", "dryRun must be true or false, got '"
                + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "'.");
    }

    /** A sighting as saved (or as a dry run would save it) with every field of {@link SightingView} + warnings. */
    record CheckedView(@com.fasterxml.jackson.annotation.JsonUnwrapped SightingView sighting, boolean dryRun,
                       List<SightingWarning> warnings) {
        static CheckedView of(SightingDesk.Checked c, boolean dryRun) {
            return new CheckedView(SightingView.of(c.sighting()), dryRun, c.warnings());
        }
    }

    void delete(Context ctx) {
        ctx.json(SightingView.of(service.deleteSighting(PathIds.trackId(ctx), PathIds.sightingId(ctx),
                Revisions.ifMatch(ctx), RequestGuard.author(ctx))));
    }

    void history(Context ctx) {
        whereabouts.gazetteer.LabelScript script = NamedPlaces.script(ctx);
        ctx.json(service.history(PathIds.trackId(ctx), PathIds.sightingId(ctx)).stream()
                .map(r -> RevisionView.of(r, AuthorNames.shown(ctx, r.author()), named, script)).toList());
    }

    /** One entry of a sighting's history. */
    record RevisionView(int revision, String action, java.time.Instant recordedAt, String author,
                        com.fasterxml.jackson.databind.node.ObjectNode sighting) {
        static RevisionView of(SightingRevision r, String author, NamedPlaces named,
                               whereabouts.gazetteer.LabelScript script) {
            return new RevisionView(r.revision(), r.action(), r.recordedAt(), author,
                    named.sighting(SightingView.of(r.sighting()), script));
        }
    }
}
