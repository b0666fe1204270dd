package whereabouts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import whereabouts.config.SecurityConfig;

/**
 * The answers Jetty gives by itself, before any route of ours runs (#26 "Strict edges"): a malformed request line
 * or path ({@code %00}, {@code %ZZ}), no Host header, a URI or headers larger than Jetty reads (414, 431), a body
 * cut short. Jetty writes them as an HTML page without our security headers; here they are our JSON error shape
 * {@code {"error","field","message"}} in our own words, with the headers every other answer carries.
 */
public final class JettyErrorAnswers extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SecurityConfig security;

    JettyErrorAnswers(SecurityConfig security) {
        this.security = security;
    }

    /** Makes Jetty answer its own errors through this handler. */
    public static void install(JavalinConfig cfg, SecurityConfig security) {
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorAnswers(security)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException e) {
            status = e.getCode();
        }
        if (status < 400 || status > 599) {
            status = 400;
        }
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers(status, headers);
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.write(true, ByteBuffer.wrap(body(status)), callback);
        return true;
    }

    /** The answer Jetty writes when it cannot even make a request of what it read (HTTP/1 parser errors). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(status, fields);
        return ByteBuffer.wrap(body(status));
    }

    private void headers(int status, HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        RequestGuard.securityHeaders(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (security.publicUrl() != null && "https".equals(security.publicUrl().getScheme())) {
            headers.put("Strict-Transport-Security", StrictEdges.HSTS);
        }
    }

    static byte[] body(int status) {
        ErrorBody body = switch (status) {
            case 414 -> ErrorBody.of("uri_too_long", "uri", "The address asked for is longer than this server "
                    + "reads (8 KiB). Nothing was done; shorten the address (a long query belongs in a POST body).");
            case 431 -> ErrorBody.of("headers_too_large", "headers", "The request's headers are larger than this "
                    + "server reads (8 KiB in all). Nothing was done; send fewer or shorter headers (a large cookie?).");
            case 413 -> ErrorBody.of("body_too_large", null, BodyReader.TOO_LARGE_MESSAGE);
            case 408 -> ErrorBody.of("request_timeout", null, "The request did not arrive in time. Nothing was done;"
                    + " send it again.");
            case 505 -> ErrorBody.of("http_version", null, "This server speaks HTTP/1.0, HTTP/1.1 and HTTP/2 only.");
            default -> status < 500
                    ? ErrorBody.of("malformed_request", null, "The server could not read this request: its request "
                    + "line, address or headers are not valid HTTP (for example a %00 or a lone % in the path, or no "
                    + "Host header). Nothing was done.")
                    : ErrorBody.of("internal_error", null, "Something went wrong on the server; nothing was changed."
                    + " The error has been logged.");
        };
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
