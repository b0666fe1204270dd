package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import whereabouts.gazetteer.LabelScript;
import whereabouts.error.InvalidInputException;
import whereabouts.track.DateTimeField;
import whereabouts.service.TrajectoryGeoJson;
import whereabouts.service.TrajectoryService;
import whereabouts.track.Trajectory;

/**
 * {@code /api/tracks/{id}/path} (the legs and projections as GeoJSON) and
 * {@code /api/tracks/{id}/position?at=<ISO-8601 with offset>} (the estimated position as a GeoJSON Feature).
 */
final class TrajectoryController {
    private final TrajectoryService trajectories;
    private final TrajectoryGeoJson geojson = new TrajectoryGeoJson();
    private final ObjectMapper json;
    /** Per "Names in" script (#25): the path's station names in that script, its JSON cached as before. */
    private final Map<LabelScript, TrajectoryGeoJson> namedGeojson = new EnumMap<>(LabelScript.class);
    private final Map<LabelScript, SerializedByIdentity> paths = new EnumMap<>(LabelScript.class);
    private final NamedPlaces named;

    TrajectoryController(TrajectoryService trajectories, ObjectMapper json, NamedPlaces named) {
        this.trajectories = trajectories;
        this.json = json;
        this.named = named;
        for (LabelScript script : LabelScript.values()) {
            namedGeojson.put(script, new TrajectoryGeoJson(
                    s -> named.names().stationName(s.name(), s.position(), script)));
            paths.put(script, new SerializedByIdentity(json::writeValueAsBytes));
        }
    }

    void path(Context ctx) throws Exception {
        long trackId = PathIds.trackId(ctx);
        LabelScript script = NamedPlaces.script(ctx);
        Trajectory trajectory = trajectories.trajectory(trackId);
        ctx.contentType("application/geo+json")
                .result(paths.get(script).json(trackId, trajectory, namedGeojson.get(script)::path));
    }

    void position(Context ctx) throws Exception {
        long trackId = PathIds.trackId(ctx);
        LabelScript script = NamedPlaces.script(ctx);
        Instant at = at(ctx.queryParam("at"));
        TrajectoryService.LikelyPosition likely = trajectories.likelyPosition(trackId, at);
        com.fasterxml.jackson.databind.node.ObjectNode feature = geojson.position(likely.estimate(), likely.band());
        named.position(feature, trajectories.trajectory(trackId).sightings(), script);
        write(ctx, feature);
    }

    private void write(Context ctx, Object body) throws Exception {
        ctx.contentType("application/geo+json").result(json.writeValueAsBytes(body));
    }

    /** Parses {@code at} (an unencoded '+' before the offset is understood, see {@link DateTimeField}). */
    static Instant at(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("missing_field", "at", "at is required: an ISO-8601 date-time with a "
                    + "UTC offset, " + DateTimeField.EXAMPLE + ".");
        }
        return DateTimeField.parse("at", raw).toInstant();
    }
}
