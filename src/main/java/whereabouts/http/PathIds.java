package whereabouts.http;

import io.javalin.http.Context;
import whereabouts.error.NotFoundException;

/** Parses the numeric ids in paths; an id that is not a positive number names nothing, so it is a 404. */
final class PathIds {
    private PathIds() {
    }

    static long trackId(Context ctx) {
        return parse(ctx.pathParam("id"), "trackId", "track");
    }

    static long sightingId(Context ctx) {
        return parse(ctx.pathParam("sid"), "sightingId", "sighting");
    }

    private static long parse(String raw, String field, String what) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the 404
        }
        throw new NotFoundException(field, "No " + what + " with id '" + (raw.length() > 20 ? raw.substring(0, 20)
                + "…" : raw) + "'.");
    }
}
