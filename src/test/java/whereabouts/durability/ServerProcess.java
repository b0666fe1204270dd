package whereabouts.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Whereabouts server in a child JVM (the test's own class path, {@code whereabouts.App} as main), so a test can
 * kill it with {@code kill -9} ({@link Process#destroyForcibly()} sends SIGKILL on Unix) and start another one on
 * the same data.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Whereabouts is listening on (http://[^\\s,]+)");

    private final Process process;
    private final String url;
    private final List<String> output;

    private ServerProcess(Process process, String url, List<String> output) {
        this.process = process;
        this.url = url;
        this.output = output;
    }

    /** Starts a server with the given WHEREABOUTS_* variables (port 0, no demo) and waits until it listens. */
    static ServerProcess start(Path dataDir, Map<String, String> env) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "whereabouts.App");
        pb.redirectErrorStream(true);
        pb.environment().put("WHEREABOUTS_PORT", "0");
        pb.environment().put("WHEREABOUTS_DEMO", "false");
        pb.environment().put("WHEREABOUTS_DATA_DIR", dataDir.toString());
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(p, output, listening), "child-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(p, listening.get(120, TimeUnit.SECONDS), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("the child server did not start: " + String.join("\n", output), e);
        }
    }

    private static void drain(Process p, List<String> output, CompletableFuture<String> listening) {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    listening.complete(m.group(1));
                }
            }
        } catch (IOException e) {
            // the process died; whatever it printed is in output
        }
        listening.completeExceptionally(new IllegalStateException("the child server exited"));
    }

    String url() {
        return url;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. Returns once the process is gone. */
    void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the child printed so far (for failure messages). */
    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill9();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
