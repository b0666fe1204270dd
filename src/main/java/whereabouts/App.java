package whereabouts;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;

/** Entry point: with no arguments, start the server; otherwise run a command of {@link Cli}. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(new Cli(System.getenv(), System.in, System.console(), System.out, System.err)
                    .run(List.of(args)));
        }
        Server server;
        try {
            AppConfig config = AppConfig.fromEnv(System.getenv());
            SecurityConfig security = SecurityConfig.fromEnv(System.getenv());
            security.checkListeningOn(config.host()); // before the slow part: loading the geodata
            StartupSteps steps = new StartupSteps();
            // the geodata load in the background while the database opens and migrates: two cores, two jobs
            CompletableFuture<Geodata> geodata = CompletableFuture.supplyAsync(() -> Geodata.loadDefault(steps),
                    runnable -> new Thread(runnable, "geodata-load").start());
            server = Server.start(config, security, () -> join(geodata), steps);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        HeapTrim.afterStart(); // the port is open: give back what the start needed (see HeapTrim)
    }

    /** The future's value; its failure as the unchecked exception it was. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
