package whereabouts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import whereabouts.config.AppConfig;

/**
 * The training run of the build's AppCDS archive (issue #22): starts the server as {@link App} does, on a free port
 * and a throw-away data directory with the demo, asks it what a first visitor asks (the page, the health check, the
 * tracks, a geocode), stops it and exits, so that the JVM that runs it with {@code -XX:ArchiveClassesAtExit} writes
 * every class a start loads into {@code target/whereabouts.jsa}. README's run command maps that archive with
 * {@code -XX:SharedArchiveFile}: the classes are then read parsed and verified instead of being loaded from the jar
 * at every start. Run by Maven's package phase (exec-maven-plugin, after the shade), never by the server.
 */
public final class CdsTraining {
    private static final List<String> PATHS = List.of("/api/health", "/", "/api/tracks", "/api/geocode?q=Khasan",
            "/api/geocode?q=Vladivostk", "/api/reverse?lat=42.43&lon=130.64", "/api/labels?bbox=120,35,140,50&zoom=5");

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("whereabouts-cds");
        try {
            StartupSteps steps = new StartupSteps();
            Server server = Server.start(AppConfig.defaults(dir, 0, true),
                    whereabouts.config.SecurityConfig.fromEnv(java.util.Map.of()),
                    () -> Geodata.loadDefault(steps), steps);
            try {
                for (String p : PATHS) {
                    get(server.url() + p);
                }
            } finally {
                server.close();
            }
        } finally {
            deleteTree(dir);
        }
        System.exit(0); // the archive is written as the JVM exits
    }

    private static void get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.getResponseCode();
        try (InputStream in = c.getErrorStream() != null ? c.getErrorStream() : c.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
