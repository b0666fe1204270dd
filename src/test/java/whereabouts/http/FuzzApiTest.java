package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;

/**
 * Property-based fuzzing of a real server (demo data loaded): 10,000 generated requests at every endpoint with
 * random JSON and form bodies, wrong types, huge numbers, broken UTF-8, odd paths and query strings. Every answer
 * is below 500, the server log shows no stack trace, and a rejected request leaves the store as it was.
 */
class FuzzApiTest {
    private static final int TRIES = 10_000;
    private static Path dataDir;
    private static TestServer server;
    private static Connection db;
    private static String fingerprint;
    private static PrintStream originalErr;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final Map<Integer, Integer> STATUSES = new java.util.TreeMap<>();

    /** One generated request. */
    record FuzzRequest(String method, String target, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            return method + " " + target + " " + headers + " body="
                    + (body == null ? "none" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
        }
    }

    @BeforeContainer
    static void start() throws IOException, SQLException {
        dataDir = Files.createTempDirectory("whereabouts-fuzz-");
        originalErr = System.err;
        // slf4j-simple writes to System.err as it is at each log call: keep a copy of everything the server logs
        System.setErr(new PrintStream(new TeeStream(originalErr, LOG), true, StandardCharsets.UTF_8));
        server = TestServer.start(dataDir, true, SecurityConfig.defaults().withLimits(1_000_000, 1_000_000));
        AppConfig config = AppConfig.defaults(dataDir, 0, true);
        db = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
        fingerprint = fingerprint();
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            db.close();
            server.close();
        } finally {
            System.setErr(originalErr);
            originalErr.println("FuzzApiTest: " + SENT.get() + " requests, answers by status " + STATUSES);
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertThat(log).as("server log").doesNotContain("Exception").doesNotContainPattern("\\n\\s+at [\\w.$]+\\(");
        assertThat(SENT.get()).isGreaterThanOrEqualTo(TRIES);
    }

    @Property(tries = TRIES, afterFailure = net.jqwik.api.AfterFailureMode.RANDOM_SEED)
    void noAnswerIsAServerErrorAndARejectedRequestChangesNothing(@ForAll("requests") FuzzRequest request)
            throws SQLException {
        RawHttp.Answer answer = RawHttp.send(server.port(), request.method(), request.target(), request.headers(),
                request.body());
        SENT.incrementAndGet();
        synchronized (STATUSES) {
            STATUSES.merge(answer.status(), 1, Integer::sum);
        }
        assertThat(answer.status()).as("%s answered %s", request, answer.body()).isLessThan(500);
        assertThat(answer.body()).as("%s", request).doesNotContain("Exception").doesNotContainPattern("\\bat [\\w.$]+\\(");
        String after = fingerprint();
        if (answer.status() >= 400) {
            assertThat(after).as("store after the rejected %s (%d %s)", request, answer.status(), answer.body())
                    .isEqualTo(fingerprint);
        }
        fingerprint = after;
    }

    /** Row counts and revision sums of every table that a write touches. */
    private static String fingerprint() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT"
                + " (SELECT COUNT(*) FROM track), (SELECT COALESCE(SUM(revision), 0) FROM track),"
                + " (SELECT COUNT(*) FROM sighting), (SELECT COALESCE(SUM(revision), 0) FROM sighting),"
                + " (SELECT COUNT(*) FROM track_revision), (SELECT COUNT(*) FROM sighting_revision),"
                + " (SELECT COUNT(*) FROM app_user), (SELECT COUNT(*) FROM api_token)")) {
            rs.next();
            List<String> v = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                v.add(rs.getString(i));
            }
            return String.join(",", v);
        }
    }

    // ---- generators ------------------------------------------------------------------------------------

    private static final List<String> TEMPLATES = List.of("/api/health", "/api/tracks", "/api/tracks/{id}",
            "/api/tracks/{id}/history", "/api/tracks/{id}/sightings", "/api/tracks/{id}/sightings/{sid}",
            "/api/tracks/{id}/sightings/{sid}/history", "/api/tracks/{id}/export", "/api/tracks/{id}/path",
            "/api/tracks/{id}/position", "/api/geocode", "/api/reverse", "/api/distance", "/api/route",
            "/api/rail/network", "/api/session", "/", "/index.html", "/js/main.js", "/css/app.css",
            "/geodata/basemap/{id}", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/webjars/{id}",
            // odd paths
            "//api//tracks", "/api/tracks/{id}/../../tracks", "/api/%74racks/{id}", "/api/tracks/%ZZ",
            "/api/tracks/{id}%00", "/..%2f..%2fetc/passwd", "/%C0%AE%C0%AE/", "/api/tracks/{id}/sightings/{sid}/x/y",
            "/api/tracks;jsessionid=1", "/API/TRACKS", "/api/tracks/{id}/", "/api/events/{id}", "*");
    private static final List<String> IDS = List.of("1", "2", "3", "4", "0", "-1", "999999", "9223372036854775807",
            "9223372036854775808", "99999999999999999999999999", "abc", "1.5", "1e3", "%20", "%E2%80%AE1", "%FF",
            "%D9%A1", "1%2F2", "null", "");
    private static final List<String> FIELDS = List.of("observedAt", "timeUncertaintyMinutes", "place", "lat", "lon",
            "locationUncertaintyKm", "source", "sourceUrl", "confidence", "kind", "notes", "name", "description",
            "mode", "maxSpeedKmh", "password", "q", "limit", "near", "at", "from", "to", "via", "format", "sample",
            "maxKm", "country", "bbox", "id", "revision", "__proto__", "");
    private static final List<String> VALUES = List.of("", " ", "0", "-0", "NaN", "Infinity", "-Infinity", "1e309",
            "-1e309", "4.9e-324", "1.7976931348623157e308", "9223372036854775808", "-99999999999999999999999",
            "42.42", "130.65", "42.42,130.65", "91,181", "-90.0000001,180", "Khasan", "Пхеньян", "평양", "平壤",
            "Vladivostock", "geojson", "gpx", "kml", "csv", "gpkg", "mfjson", "rail", "geodesic", "road", "PT1H",
            "P-1D", "confirmed", "reported", "expected", "sighting", "2023-09-12T06:00+10:00", "2023-09-12T06:00",
            "2023-13-45T99:99Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00Z", "javascript:alert(1)",
            "https://example.org/a", "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "\uD800", "\u202E",
            "a".repeat(3000), "KP", "XX");

    @Provide
    Arbitrary<FuzzRequest> requests() {
        Arbitrary<String> method = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just("GET")), net.jqwik.api.Tuple.of(5, Arbitraries.just("POST")),
                net.jqwik.api.Tuple.of(3, Arbitraries.just("PUT")), net.jqwik.api.Tuple.of(2, Arbitraries.just("DELETE")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "QUERY")));
        Arbitrary<String> path = Combinators.combine(Arbitraries.of(TEMPLATES), Arbitraries.of(IDS), Arbitraries.of(IDS))
                .as((t, id, sid) -> t.replace("{id}", id).replace("{sid}", sid));
        Arbitrary<String> query = Combinators.combine(Arbitraries.of(FIELDS), value(true)).as((k, v) -> k + "=" + v)
                .list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "?" + String.join("&", l));
        Arbitrary<String> contentType = Arbitraries.of("application/json", "application/json",
                "application/x-www-form-urlencoded", "application/x-www-form-urlencoded", "text/plain",
                "multipart/form-data; boundary=x", "", "application/json; charset=utf-16",
                "application/x-www-form-urlencoded; charset=latin1", "application/geo+json", "*/*");
        Arbitrary<String> origin = Arbitraries.of("", "", "", "", "same", "http://evil.example", "null");
        return Combinators.combine(method, path, query, contentType, body(), origin)
                .as((m, p, q, type, b, o) -> {
                    String target = p + q;
                    if (target.startsWith("/api/events") && (m.equals("GET") || m.equals("HEAD"))) {
                        target = "/api/health"; // the event stream never ends: not a request-answer endpoint
                    }
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (!type.isEmpty()) {
                        headers.put("Content-Type", type);
                    }
                    if (o.equals("same")) {
                        headers.put("Origin", "http://127.0.0.1:" + server.port());
                    } else if (!o.isEmpty()) {
                        headers.put("Origin", o);
                    }
                    boolean hasBody = !(m.equals("GET") || m.equals("HEAD") || m.equals("DELETE")) || b.length > 0
                            && m.equals("DELETE");
                    return new FuzzRequest(m, target, headers, hasBody ? b : null);
                });
    }

    /** A value: a listed tricky one, random text, a number; URL-encoded (or raw, with broken escapes) for queries. */
    private static Arbitrary<String> value(boolean forUrl) {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(VALUES),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(10),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                        java.math.BigInteger.TEN.pow(30)).map(String::valueOf));
        if (!forUrl) {
            return text;
        }
        return Arbitraries.oneOf(text.map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)),
                Arbitraries.of("%", "%E0%A4%A", "%FF%FE", "%00", "%C0%80", "%ED%A0%80", "a+b", "%2B10:00", "%%%"));
    }

    private static Arbitrary<byte[]> body() {
        Arbitrary<String> jsonValue = Arbitraries.oneOf(value(false).map(FuzzApiTest::jsonString),
                Arbitraries.of("true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":{\"b\":1}}", "1e999999",
                        "-1e999999", "123456789012345678901234567890", "0.0000000000000000000000001", "-0", "NaN"),
                Arbitraries.doubles().map(String::valueOf), Arbitraries.longs().map(String::valueOf));
        Arbitrary<String> jsonObject = Combinators.combine(Arbitraries.of(FIELDS), jsonValue)
                .as((k, v) -> jsonString(k) + ":" + v).list().ofMaxSize(10)
                .map(l -> "{" + String.join(",", l) + "}");
        Arbitrary<String> form = Combinators.combine(Arbitraries.of(FIELDS), value(true)).as((k, v) -> k + "=" + v)
                .list().ofMaxSize(10).map(l -> String.join("&", l));
        Arbitrary<String> garbage = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("", "{", "}", "[", "\"", "{\"name\":", "{\"name\":\"x\",}", "[[[[[[[[[[", "{}{}",
                        "{\"name\":\"a\"} trailing", "\uFEFF{\"name\":\"bom\"}", "[" + "[".repeat(5000),
                        "{\"name\":\"" + "x".repeat(70_000) + "\"}"));
        Arbitrary<byte[]> brokenUtf8 = Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                new byte[] {'n', 'a', 'm', 'e', '=', (byte) 0xC0, (byte) 0xAF}, new byte[] {0, 0, 0, 0},
                new byte[] {'{', '"', 's', 'o', 'u', 'r', 'c', 'e', '"', ':', '"', (byte) 0xF8, (byte) 0x88, '"', '}'});
        return Arbitraries.oneOf(jsonObject.map(FuzzApiTest::utf8), form.map(FuzzApiTest::utf8), garbage.map(FuzzApiTest::utf8),
                brokenUtf8, Arbitraries.bytes().array(byte[].class).ofMaxSize(100));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonString(String s) {
        return s.chars().mapToObj(c -> c == '"' || c == '\\' ? "\\" + (char) c
                : c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .collect(Collectors.joining("", "\"", "\""));
    }

    /** Writes to two streams: the console and the copy the test reads. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
