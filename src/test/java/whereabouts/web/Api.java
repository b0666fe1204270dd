package whereabouts.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The server's HTTP API as the browser tests use it for setup (real requests, no shortcuts). */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    JsonNode get(String path) {
        return parse(send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), 200));
    }

    int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), -1).statusCode();
    }

    JsonNode post(String path, Map<String, String> form) {
        return parse(send(formRequest(path, form), 201));
    }

    private HttpRequest formRequest(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Posts a form that the server must reject with a 4xx, and returns the error body. */
    JsonNode rejection(String path, Map<String, String> form) {
        HttpResponse<String> res = send(formRequest(path, form), -1);
        if (res.statusCode() < 400 || res.statusCode() >= 500) {
            throw new AssertionError("POST " + path + " answered " + res.statusCode() + ": " + res.body());
        }
        return parse(res);
    }

    long createTrack(String name) {
        return post("/api/tracks", Map.of("name", name, "mode", "rail")).get("id").asLong();
    }

    long addSighting(long trackId, Map<String, String> fields) {
        return post("/api/tracks/" + trackId + "/sightings", fields).get("id").asLong();
    }

    /** A track with two sightings (Pyongyang then Khasan), enough for a line and a slider. */
    long createTwoPointTrack(String name) {
        long id = createTrack(name);
        addSighting(id, Map.of("observedAt", "2023-09-10T15:00+09:00", "place", "Pyongyang", "lat", "39.03385",
                "lon", "125.75432", "source", "KCNA", "confidence", "confirmed"));
        addSighting(id, Map.of("observedAt", "2023-09-12T06:00+10:00", "place", "Khasan", "lat", "42.42387",
                "lon", "130.65156", "source", "TBS", "confidence", "reported"));
        return id;
    }

    private HttpResponse<String> send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> res = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (expected > 0 && res.statusCode() != expected) {
                throw new AssertionError(request.method() + " " + request.uri() + " answered " + res.statusCode()
                        + ": " + res.body());
            }
            return res;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(HttpResponse<String> res) {
        try {
            return JSON.readTree(res.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
