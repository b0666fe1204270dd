package whereabouts.http;

import io.javalin.http.Context;

/**
 * Revisions as HTTP entity tags: GET and PUT send {@code ETag: "3"} for revision 3; PUT and DELETE honour
 * {@code If-Match} with such a tag (a stale one gets 412 and the current revision).
 */
final class Revisions {
    private Revisions() {
    }

    static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /** The revision named by {@code If-Match}; null when the header is absent or {@code *}. */
    static Integer ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            int revision = Integer.parseInt(tag);
            if (revision >= 1) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new HttpProblem(400, "invalid_field", "If-Match",
                "If-Match must be the ETag a GET of this sighting returned, such as \"3\".");
    }

    /** The 412 body: the usual error fields plus the revision that is current now. */
    record ConflictBody(String error, String field, String message, int currentRevision) {
    }
}
