package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import whereabouts.error.InvalidInputException;
import whereabouts.service.TrajectoryGeoJson;
import whereabouts.service.TrajectoryService;

/**
 * {@code /api/tracks/{id}/path} (the legs and projections as GeoJSON) and
 * {@code /api/tracks/{id}/position?at=<ISO-8601 with offset>} (the estimated position as a GeoJSON Feature).
 */
final class TrajectoryController {
    static final String AT_FORMAT = "an ISO-8601 date-time with a UTC offset, e.g. 2023-09-11T12:00Z or "
            + "2023-09-11T21:00+09:00";

    private final TrajectoryService trajectories;
    private final TrajectoryGeoJson geojson = new TrajectoryGeoJson();
    private final ObjectMapper json;

    TrajectoryController(TrajectoryService trajectories, ObjectMapper json) {
        this.trajectories = trajectories;
        this.json = json;
    }

    void path(Context ctx) throws Exception {
        write(ctx, geojson.path(trajectories.trajectory(PathIds.trackId(ctx))));
    }

    void position(Context ctx) throws Exception {
        long trackId = PathIds.trackId(ctx);
        Instant at = at(ctx.queryParam("at"));
        write(ctx, geojson.position(trajectories.position(trackId, at)));
    }

    private void write(Context ctx, Object body) throws Exception {
        ctx.contentType("application/geo+json").result(json.writeValueAsBytes(body));
    }

    /**
     * Parses {@code at}. A '+' written unencoded in a query string arrives as a space, so spaces (which an
     * ISO-8601 date-time never contains) are read as '+'.
     */
    static Instant at(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("missing_field", "at", "at is required: " + AT_FORMAT + ".");
        }
        String text = raw.strip().replace(' ', '+');
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(text);
            if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
                throw new InvalidInputException("at", "at must be between the years 1 and 9999, e.g. "
                        + "2023-09-11T12:00Z; got '" + text + "'.");
            }
            return parsed.toInstant();
        } catch (DateTimeParseException e) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            if (isLocal(text)) {
                throw new InvalidInputException("at", "at '" + shown + "' has no UTC offset; it must be " + AT_FORMAT
                        + ".");
            }
            throw new InvalidInputException("at", "at must be " + AT_FORMAT + "; got '" + shown + "'.");
        }
    }

    private static boolean isLocal(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
