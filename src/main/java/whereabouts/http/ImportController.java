package whereabouts.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import whereabouts.error.InvalidInputException;
import whereabouts.error.UnacceptableFileException;
import whereabouts.service.ImportService;

/**
 * {@code POST /api/tracks/{id}/imports[?dryRun=true]}: a multipart upload with the file in {@code file}, and
 * optionally {@code source} and {@code confidence} (defaults for records without them) and {@code columns}
 * (CSV column mapping), as form fields or query parameters.
 */
final class ImportController {
    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    /** Largest file accepted, bytes (the multipart limits are set from it). */
    long maxBytes() {
        return imports.maxBytes();
    }

    void create(Context ctx) throws IOException {
        long trackId = PathIds.trackId(ctx);
        long limit = imports.maxBytes();
        if (ctx.contentLength() > limit + 64 * 1024) {
            throw tooLarge(limit);
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new HttpProblem(415, "unsupported_media_type", "file", "Send the file as multipart/form-data "
                    + "in the field 'file'.");
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) { // Jetty refuses parts over the configured size, and broken multipart bodies
            if (ctx.contentLength() > limit) {
                throw tooLarge(limit);
            }
            throw new HttpProblem(400, "malformed_multipart", "file", "The multipart body cannot be read; send "
                    + "the file as multipart/form-data in the field 'file'.");
        }
        if (file == null) {
            throw new InvalidInputException("missing_field", "file", "Attach the file in the multipart field 'file'.");
        }
        if (file.size() > limit) {
            throw tooLarge(limit);
        }
        boolean dryRun = Boolean.parseBoolean(param(ctx, "dryRun"));
        ImportService.Options options = new ImportService.Options(dryRun, param(ctx, "source"),
                param(ctx, "confidence"), param(ctx, "columns"), RequestGuard.author(ctx));
        try (InputStream in = file.content()) { // #26: read as a stream, never copied into memory whole
            ctx.json(imports.importFile(trackId, in, options, HeavyRequests.deadline(ctx)));
        }
    }

    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v != null ? v : ctx.queryParam(name);
    }

    private static UnacceptableFileException tooLarge(long limit) {
        return UnacceptableFileException.tooLarge("file_too_large", "The file is larger than " + limit
                + " bytes, the most imported at once. Nothing was imported.");
    }
}
