package whereabouts.http;

import io.javalin.http.Context;
import java.util.List;
import whereabouts.config.SecurityConfig;

/**
 * Headers and refusals at the edge (#26): HSTS when the public URL is https; {@code Cache-Control: no-store} on API
 * answers and downloads when sign-in is on (a shared cache or the browser's back button must not keep what one
 * signed-in user saw); method override headers refused, so a proxy's rules by method cannot be bypassed.
 */
final class StrictEdges {
    /** Headers some frameworks read to turn a POST into another method. We never do, and refuse them outright. */
    static final List<String> OVERRIDE_HEADERS = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
    static final String HSTS = "max-age=31536000";

    private StrictEdges() {
    }

    static void headers(Context ctx, SecurityConfig config) {
        if (config.publicUrl() != null && "https".equals(config.publicUrl().getScheme())) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
        if (config.auth() && ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    static void refuseMethodOverride(Context ctx) {
        for (String h : OVERRIDE_HEADERS) {
            if (ctx.header(h) != null) {
                throw new HttpProblem(400, "method_override", null, "The " + h + " header is not accepted: send the "
                        + "request with its own method (DELETE, PUT …).");
            }
        }
    }
}
