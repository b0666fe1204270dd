package whereabouts.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import whereabouts.Geodata;
import whereabouts.Server;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;
import whereabouts.json.Json;

/** A real server on a random port over a real H2 database in {@code dataDir}, plus a small HTTP client. */
public final class TestServer implements AutoCloseable {
    private final Server server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.newMapper();

    private TestServer(Server server) {
        this.server = server;
    }

    /** Reference data shared by every test server of this JVM: it is immutable and slow-ish to load. */
    private static volatile Geodata geodata;

    public static TestServer start(Path dataDir, boolean demo) {
        return new TestServer(Server.start(AppConfig.defaults(dataDir, 0, demo), geodata()));
    }

    /** A server with the given configuration (for limits the defaults do not show). */
    public static TestServer start(AppConfig config) {
        return new TestServer(Server.start(config, geodata()));
    }

    /** A server with the given configuration and sign-in settings. */
    public static TestServer start(AppConfig config, SecurityConfig security) {
        return new TestServer(Server.start(config, security, geodata()));
    }

    /** A server with the given sign-in and rate-limit settings. */
    public static TestServer start(Path dataDir, boolean demo, SecurityConfig security) {
        return new TestServer(Server.start(AppConfig.defaults(dataDir, 0, demo), security, geodata()));
    }

    public int port() {
        return server.port();
    }

    public static synchronized Geodata geodata() {
        if (geodata == null) {
            geodata = Geodata.loadDefault();
        }
        return geodata;
    }

    public String url() {
        return server.url();
    }

    /** Every HTTP route the server registered, as "METHOD /path". */
    public java.util.List<String> registeredRoutes() {
        return server.registeredRoutes();
    }

    /** A response with its status, headers and body parsed as JSON when it is JSON. */
    public record Reply(int status, String body, JsonNode json, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Reply postJson(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Reply putJson(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Reply postRaw(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data POST with one file part named {@code file} and the given text fields. */
    public Reply postFile(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----whereabouts" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        fields.forEach((k, v) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Reply postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return postRaw(path, "application/x-www-form-urlencoded", body);
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> res = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = null;
            String type = res.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !res.body().isEmpty()) {
                node = json.readTree(res.body());
            }
            return new Reply(res.statusCode(), res.body(), node, res);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses JSON text (for answers whose Content-Type does not say JSON, such as static .geojson files). */
    public static JsonNode parse(String text) {
        try {
            return Json.newMapper().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(url() + path);
    }

    private String toJson(Object body) {
        try {
            return body instanceof String s ? s : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
