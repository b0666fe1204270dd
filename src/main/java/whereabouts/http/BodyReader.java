package whereabouts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body of flat fields, as JSON ({@code application/json}) or as an HTML form
 * ({@code application/x-www-form-urlencoded}), into a map of strings. Enforces the size limit and the media
 * types before anything else happens.
 */
public final class BodyReader {
    /** Largest accepted request body, bytes (64 KiB). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Bodies up to this size are read in full even when they are over a route's limit (then refused), bytes. */
    static final int DRAIN_BYTES = 1024 * 1024;
    static final String TOO_LARGE_MESSAGE = "The request body is larger than " + MAX_BODY_BYTES + " bytes.";

    private final ObjectMapper json;

    public BodyReader(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, String> fields(Context ctx) {
        return fields(ctx, MAX_BODY_BYTES);
    }

    /** {@link #fields(Context)} with another size limit (a route that takes long texts), bytes. */
    public Map<String, String> fields(Context ctx, int maxBytes) {
        return fields(ctx, maxBytes, java.util.Set.of());
    }

    /**
     * {@link #fields(Context, int)} where the fields named in {@code textOnly} must be JSON strings when the body is
     * JSON ({@code "text": 12345} is refused with 400, not read as "12345").
     */
    public Map<String, String> fields(Context ctx, int maxBytes, java.util.Set<String> textOnly) {
        // A body over the limit but within what the server reads at all is read before the 413: answering first
        // and closing with the body unread can reset the connection before the client sees the answer.
        if (ctx.contentLength() > Math.max(maxBytes, DRAIN_BYTES)) {
            throw tooLarge(maxBytes);
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return jsonFields(body(ctx, maxBytes), textOnly);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            body(ctx, maxBytes);
            return formFields(ctx.formParamMap());
        }
        throw new HttpProblem(415, "unsupported_media_type", null, "Send the body as application/json or "
                + "application/x-www-form-urlencoded" + (type.isEmpty() ? "" : ", not " + type) + ".");
    }

    private static String body(Context ctx, int maxBytes) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new HttpProblem(400, "invalid_encoding", null, "The request body is not valid UTF-8: send the text "
                    + "encoded as UTF-8.");
        }
    }

    private static HttpProblem tooLarge(int maxBytes) {
        return new HttpProblem(413, "body_too_large", null, maxBytes == MAX_BODY_BYTES ? TOO_LARGE_MESSAGE
                : "The request body is larger than " + maxBytes + " bytes.");
    }

    private Map<String, String> jsonFields(String body, java.util.Set<String> textOnly) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            // a body that breaks a parser limit (nesting deeper than 1,000, say) has no location
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new HttpProblem(400, "malformed_json", null, JsonProblems.describe(e) + where + ".");
        }
        if (root == null || !root.isObject()) {
            throw new HttpProblem(400, "malformed_json", null, "The body must be a JSON object.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isNull()) {
                return;
            }
            if (textOnly.contains(e.getKey()) && !v.isTextual()) {
                throw new HttpProblem(400, "invalid_field", e.getKey(), e.getKey() + " must be a string, not "
                        + v.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
            }
            if (!(v.isTextual() || v.isNumber())) {
                throw new HttpProblem(400, "invalid_field", e.getKey(), e.getKey()
                        + " must be a string or a number, not " + v.getNodeType().name().toLowerCase(Locale.ROOT)
                        + ".");
            }
            out.put(e.getKey(), v.asText());
        });
        return out;
    }

    private static Map<String, String> formFields(Map<String, List<String>> form) {
        Map<String, String> out = new LinkedHashMap<>();
        form.forEach((k, values) -> {
            if (values.size() > 1) {
                throw new HttpProblem(400, "invalid_field", k, k + " was given " + values.size()
                        + " times; give it once.");
            }
            if (!values.isEmpty()) {
                out.put(k, values.get(0));
            }
        });
        return out;
    }
}
