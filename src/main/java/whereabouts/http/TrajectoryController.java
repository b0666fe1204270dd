package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
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
    private final SerializedByIdentity paths;

    TrajectoryController(TrajectoryService trajectories, ObjectMapper json) {
        this.trajectories = trajectories;
        this.json = json;
        this.paths = new SerializedByIdentity(json::writeValueAsBytes);
    }

    void path(Context ctx) throws Exception {
        long trackId = PathIds.trackId(ctx);
        Trajectory trajectory = trajectories.trajectory(trackId);
        ctx.contentType("application/geo+json")
                .result(paths.json(trackId, trajectory, geojson::path));
    }

    void position(Context ctx) throws Exception {
        long trackId = PathIds.trackId(ctx);
        Instant at = at(ctx.queryParam("at"));
        TrajectoryService.LikelyPosition likely = trajectories.likelyPosition(trackId, at);
        write(ctx, geojson.position(likely.estimate(), likely.band()));
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
