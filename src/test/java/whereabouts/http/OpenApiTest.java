package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import whereabouts.http.TestServer.Reply;

/**
 * GET /api/openapi.json: an OpenAPI 3.1 document (src/main/resources/openapi.json) that describes exactly the routes
 * the server registers, valid for swagger-parser, with the error shape and examples.
 */
class OpenApiTest extends ApiTestBase {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private JsonNode document() {
        Reply r = server.get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r.json();
    }

    private static Set<String> documentedRoutes(JsonNode doc) {
        Set<String> routes = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.get("paths").get(path).fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) {
                    routes.add(m.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
        }
        return routes;
    }

    @Test
    void everyRegisteredRouteIsDescribedAndNothingElse() {
        Set<String> documented = documentedRoutes(document());
        Set<String> registered = new TreeSet<>(server.registeredRoutes());
        assertThat(registered).as("the server's routes").contains("GET /api/labels", "GET /api/tracks/{id}");

        List<String> undocumented = new ArrayList<>(registered);
        undocumented.removeAll(documented);
        List<String> stale = new ArrayList<>(documented);
        stale.removeAll(registered);
        assertThat(undocumented).as("routes the server registers that src/main/resources/openapi.json does not describe"
                + " yet (add a path item for each)").isEmpty();
        assertThat(stale).as("routes described in src/main/resources/openapi.json that the server does not register")
                .isEmpty();
    }

    @Test
    void swaggerParserAcceptsTheDocumentAsOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(server.get("/api/openapi.json").body(), null, options);
        assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(result.getOpenAPI().getPaths()).hasSize(document().get("paths").size());
    }

    @Test
    void everyOperationHasAResponseAndErrorsUseTheDocumentedShapeWithExamples() {
        JsonNode doc = document();
        JsonNode error = doc.at("/components/schemas/Error");
        assertThat(error.get("required")).extracting(JsonNode::asText).containsExactly("error", "field", "message");
        doc.get("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode responses = op.getValue().get("responses");
            assertThat(responses).as(op.getKey()).isNotNull();
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4")) {
                    assertThat(r.getValue().get("$ref").asText()).startsWith("#/components/responses/");
                }
            });
        }));
        doc.at("/components/responses").forEach(r ->
                assertThat(r.at("/content/application~1json/example/error").isTextual()).as(r.toString()).isTrue());

        // the documented 400 example is what the server really answers
        JsonNode example = doc.at("/components/responses/BadRequest/content/application~1json/example");
        Reply real = server.get("/api/labels?bbox=0,0,1,1&zoom=five");
        assertThat(real.status()).isEqualTo(400);
        assertThat(real.json()).isEqualTo(example);
    }
}
