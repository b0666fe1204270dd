package whereabouts.http;

import io.javalin.http.Context;
import whereabouts.service.ExtractService;

/** {@code POST /api/extract}: draft sightings read from a pasted text. Nothing is stored. */
final class ExtractController {
    /**
     * Largest accepted body, bytes: a text of 100,000 characters as JSON, even if every character were escaped
     * ({@code \\uXXXX}), fits.
     */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    /** Fields that must be JSON strings: a number is no report to read. */
    static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("text", "publishedAt", "publication");

    private final ExtractService service;
    private final BodyReader body;

    ExtractController(ExtractService service, BodyReader body) {
        this.service = service;
        this.body = body;
    }

    void extract(Context ctx) {
        ctx.json(service.extract(body.fields(ctx, MAX_BODY_BYTES, TEXT_FIELDS), HeavyRequests.deadline(ctx)));
    }
}
