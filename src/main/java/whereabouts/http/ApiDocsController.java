package whereabouts.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of every route (one hand-written resource,
 * {@value #OPENAPI_RESOURCE}); {@code GET /api/docs}: Swagger UI from its webjar showing it, offline.
 */
final class ApiDocsController {
    static final String OPENAPI_RESOURCE = "/openapi.json";
    static final String DOCS_PAGE_RESOURCE = "/web/api-docs.html";

    private final byte[] openapi = resource(OPENAPI_RESOURCE);
    private final byte[] docsPage = resource(DOCS_PAGE_RESOURCE);

    void openapi(Context ctx) {
        ctx.contentType("application/json").header("Cache-Control", "no-cache").result(openapi);
    }

    void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(docsPage);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocsController.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
